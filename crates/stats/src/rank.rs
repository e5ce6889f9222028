//! Average ranks ("fractional ranking"), as scipy's `rankdata(method='average')`.

/// Ranks 1..=n, ties sharing the mean of the ranks they span; with the size of each tie group.
///
/// Survey answers are small integers (a Likert scale, a count): those are ranked by counting,
/// in one pass, instead of by sorting.
pub fn average(values: &[f64]) -> (Vec<f64>, Vec<usize>) {
    small_integers(values).unwrap_or_else(|| by_sorting(values))
}

/// Counting ranks when every value is an integer and they span at most 4,096 values.
fn small_integers(values: &[f64]) -> Option<(Vec<f64>, Vec<usize>)> {
    let (lo, hi) = values.iter().try_fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
        (v.fract() == 0.0 && v.is_finite()).then_some((lo.min(v), hi.max(v)))
    })?;
    if values.is_empty() || hi - lo > 4096.0 {
        return None;
    }
    let mut counts = vec![0usize; (hi - lo) as usize + 1];
    for &v in values {
        counts[(v - lo) as usize] += 1;
    }
    // The rank each value takes: the mean of the positions its tie group spans.
    let mut below = 0;
    let mut rank_of = vec![0.0; counts.len()];
    let mut ties = Vec::new();
    for (k, &c) in counts.iter().enumerate() {
        if c > 0 {
            rank_of[k] = (2 * below + c + 1) as f64 / 2.0;
            ties.push(c);
            below += c;
        }
    }
    Some((values.iter().map(|&v| rank_of[(v - lo) as usize]).collect(), ties))
}

fn by_sorting(values: &[f64]) -> (Vec<f64>, Vec<usize>) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut ties = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && values[order[end]] == values[order[start]] {
            end += 1;
        }
        // Positions start..end hold ranks start+1..=end; their mean is (start+1+end)/2.
        let rank = (start + 1 + end) as f64 / 2.0;
        for &i in &order[start..end] {
            ranks[i] = rank;
        }
        ties.push(end - start);
        start = end;
    }
    (ranks, ties)
}

#[cfg(test)]
mod tests {
    #[test]
    fn tied_values_share_the_mean_rank() {
        let (ranks, ties) = super::average(&[3.0, 1.0, 3.0, 2.0, 3.0]);
        assert_eq!(ranks, [4.0, 1.0, 4.0, 2.0, 4.0]);
        assert_eq!(ties, [1, 1, 3]);
    }

    #[test]
    fn counting_and_sorting_give_the_same_ranks() {
        let values: Vec<f64> = (0..500).map(|i| ((i * 7919) % 11) as f64 - 3.0).collect();
        assert_eq!(super::small_integers(&values), Some(super::by_sorting(&values)));
        let halves = [0.5, 2.0, 0.5];
        assert_eq!(super::small_integers(&halves), None);
        assert_eq!(super::average(&halves).0, [1.5, 3.0, 1.5]);
    }
}
