//! Role rotation: who should take each role next, and how evenly a CoP rotates its roles.
//!
//! The seeds' mature CoPs rotate roles "to ensure equity". Evenness of one role is
//! `distinct holders / min(times the role was held, members)`: 1 when every time the role went
//! to someone new (until everyone has had a turn), `1/k` when one person held it `k` times in a
//! row. A CoP's rotation is the mean over the roles it used.

/// The member to suggest next: the one who has held the role least; among equals, the one who
/// held it longest ago (never beats any time), then the first in `members`.
pub fn suggest_next<T: PartialEq + Clone>(members: &[T], history: &[T]) -> Option<T> {
    members
        .iter()
        .enumerate()
        .min_by_key(|(i, m)| {
            let times = history.iter().filter(|h| h == m).count();
            // Position of the last time they held it; never held sorts first.
            let last = history.iter().rposition(|h| h == *m).map_or(0, |p| p + 1);
            (times, last, *i)
        })
        .map(|(_, m)| m.clone())
}

/// How evenly one role went round: `None` when it was never held.
pub fn evenness<T: PartialEq>(history: &[T], members: usize) -> Option<f64> {
    let mut distinct: Vec<&T> = Vec::new();
    for h in history {
        if !distinct.contains(&h) {
            distinct.push(h);
        }
    }
    evenness_of(distinct.len(), history.len(), members)
}

/// [`evenness`] from counts: `distinct` holders over `times` the role was held.
pub fn evenness_of(distinct: usize, times: usize, members: usize) -> Option<f64> {
    if times == 0 || members == 0 {
        return None;
    }
    // Former members and guests may have held it too: evenness never exceeds 1.
    Some((distinct as f64 / times.min(members) as f64).min(1.0))
}

/// The mean evenness over the roles that were held.
pub fn cop_rotation(per_role: &[Option<f64>]) -> Option<f64> {
    let held: Vec<f64> = per_role.iter().flatten().copied().collect();
    (!held.is_empty()).then(|| held.iter().sum::<f64>() / held.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_chair_is_someone_who_has_not_chaired() {
        assert_eq!(suggest_next(&["ann", "bo", "cy"], &["ann", "bo"]), Some("cy"));
    }

    #[test]
    fn among_people_who_chaired_as_often_the_one_longest_ago_goes_next() {
        assert_eq!(suggest_next(&["ann", "bo", "cy"], &["bo", "ann", "cy", "cy", "ann", "bo"]), Some("cy"));
        assert_eq!(suggest_next::<&str>(&[], &["bo"]), None);
    }

    #[test]
    fn evenness_by_hand() {
        // 4 meetings, 5 members, chairs a, a, a, b: 2 distinct of min(4, 5) = 0.5.
        assert_eq!(evenness(&["a", "a", "a", "b"], 5), Some(0.5));
        // 6 meetings, 3 members, every member twice: 3 of min(6, 3) = 1.
        assert_eq!(evenness(&["a", "b", "c", "a", "b", "c"], 3), Some(1.0));
        assert_eq!(evenness::<&str>(&[], 3), None);
        // Three chairs, two of whom have since left a CoP of two: still at most 1.
        assert_eq!(evenness(&["a", "b", "c"], 2), Some(1.0));
        assert_eq!(cop_rotation(&[Some(0.5), None, Some(1.0)]), Some(0.75));
    }
}
