//! Observation rubrics as data (DESIGN.md §3b: "A rubric (areas → elements → behaviours, a
//! score scale, segments, a benchmark rule) is configured, not compiled; the Teach-structured
//! default ships with Pamoja"). Seed 000 observes teaching with the World Bank's TEACH tool and
//! its Annex 2 names the domains differently, so nothing here knows Teach's names: the default
//! ([`teach_structured`]) is data like any imported rubric.
//!
//! The rule ([`Rubric::score`]): an element is scored on the scale, or not applicable; an area's
//! score is the mean of its scored elements; a segment's the mean of its scored areas; an
//! observation's the mean of its scored segments; it is at benchmark when that is at least the
//! rubric's benchmark (by default 3 on 1–5: the Global Education Policy Dashboard's rule).

use crate::text::{self, NAME};
use crate::{FieldErrors, why};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The most areas, elements per area and behaviours per element a rubric may hold.
pub const MAX_PARTS: usize = 30;

/// A score and what it means ("1: low", "3: medium", "5: high").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Anchor {
    pub score: u8,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Behaviour {
    pub code: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Element {
    pub code: String,
    pub name: String,
    pub behaviours: Vec<Behaviour>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Area {
    pub code: String,
    pub name: String,
    pub elements: Vec<Element>,
}

/// A rubric, valid by construction when it comes from [`Rubric::parse`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Rubric {
    /// Its code: an observation names the rubric by code and version.
    pub code: String,
    pub name: String,
    /// The lowest and highest score of an element (1 and 5 by default).
    pub min: u8,
    pub max: u8,
    pub anchors: Vec<Anchor>,
    /// Segments a lesson is observed in, and the minutes of each (2 of 15 by default).
    pub segments: u8,
    pub segment_minutes: u8,
    /// Time-on-task snapshots per segment (3 by default; 0 for none).
    pub snapshots: u8,
    /// The least mean score at benchmark.
    pub benchmark: f64,
    pub areas: Vec<Area>,
}

/// One segment's element scores by element code: `None` is not applicable. An element left out
/// counts as not applicable too.
pub type SegmentScores = BTreeMap<String, Option<u8>>;

/// An observation's scores by the rule: each area's mean over the segments where it was scored,
/// the observation's mean, and whether it is at benchmark. `None` when nothing was scored.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Scored {
    pub areas: BTreeMap<String, Option<f64>>,
    pub score: Option<f64>,
    pub at_benchmark: Option<bool>,
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

impl Rubric {
    /// Checks a rubric as written (an import, an edit): codes given and unique across the
    /// rubric, names as lines, every area with an element, a scale of 1 to 10 points whose
    /// anchors lie on it, 1–6 segments of 1–60 minutes, at most 10 snapshots, and a benchmark
    /// on the scale. Every problem is named by its field.
    pub fn parse(r: Rubric) -> Result<Rubric, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut codes = BTreeSet::new();
        let mut code = |errors: &mut FieldErrors, field: &str, value: &str| match crate::Code::parse(value) {
            Err(e) => errors.add(field, e),
            Ok(_) if !codes.insert(value.to_owned()) => errors.add(field, why("why-listed-twice").arg("value", value)),
            Ok(_) => {}
        };
        let name = |errors: &mut FieldErrors, field: &str, value: &str| {
            if let Err(e) = text::line(value, NAME) {
                errors.add(field, e);
            }
        };
        code(&mut errors, "code", &r.code);
        name(&mut errors, "name", &r.name);
        let range = |errors: &mut FieldErrors, field: &str, v: f64, min: u8, max: u8| {
            if !(f64::from(min)..=f64::from(max)).contains(&v) {
                errors.add(field, why("why-outside-range").arg("value", v.to_string()).num("min", min as usize).num("max", max as usize));
            }
        };
        range(&mut errors, "min", f64::from(r.min), 0, 9);
        range(&mut errors, "max", f64::from(r.max), r.min.saturating_add(1), 10);
        for (i, a) in r.anchors.iter().enumerate() {
            range(&mut errors, &format!("anchors[{i}].score"), f64::from(a.score), r.min, r.max);
            name(&mut errors, &format!("anchors[{i}].label"), &a.label);
        }
        range(&mut errors, "segments", f64::from(r.segments), 1, 6);
        range(&mut errors, "segment_minutes", f64::from(r.segment_minutes), 1, 60);
        range(&mut errors, "snapshots", f64::from(r.snapshots), 0, 10);
        range(&mut errors, "benchmark", r.benchmark, r.min, r.max);
        if r.areas.is_empty() {
            errors.add("areas", why("why-empty"));
        }
        let too_many = |errors: &mut FieldErrors, field: &str, n: usize| {
            if n > MAX_PARTS {
                errors.add(field, why("why-outside-range").num("value", n).num("min", 1).num("max", MAX_PARTS));
            }
        };
        too_many(&mut errors, "areas", r.areas.len());
        for (i, a) in r.areas.iter().enumerate() {
            code(&mut errors, &format!("areas[{i}].code"), &a.code);
            name(&mut errors, &format!("areas[{i}].name"), &a.name);
            if a.elements.is_empty() {
                errors.add(&format!("areas[{i}].elements"), why("why-empty"));
            }
            too_many(&mut errors, &format!("areas[{i}].elements"), a.elements.len());
            for (j, e) in a.elements.iter().enumerate() {
                let at = format!("areas[{i}].elements[{j}]");
                code(&mut errors, &format!("{at}.code"), &e.code);
                name(&mut errors, &format!("{at}.name"), &e.name);
                too_many(&mut errors, &format!("{at}.behaviours"), e.behaviours.len());
                for (k, b) in e.behaviours.iter().enumerate() {
                    code(&mut errors, &format!("{at}.behaviours[{k}].code"), &b.code);
                    name(&mut errors, &format!("{at}.behaviours[{k}].text"), &b.text);
                }
            }
        }
        errors.finish(|| r)
    }

    /// Every element, with its area's code.
    pub fn elements(&self) -> impl Iterator<Item = (&Area, &Element)> {
        self.areas.iter().flat_map(|a| a.elements.iter().map(move |e| (a, e)))
    }

    /// Checks one segment's scores: every code an element of this rubric, every score on its
    /// scale. Fields are named `segments[{n}].{element}`.
    pub fn check_segment(&self, n: usize, scores: &SegmentScores, errors: &mut FieldErrors) {
        let known: BTreeSet<&str> = self.elements().map(|(_, e)| e.code.as_str()).collect();
        for (code, score) in scores {
            let field = format!("segments[{n}].{code}");
            if !known.contains(code.as_str()) {
                let allowed = known.iter().copied().collect::<Vec<_>>().join(", ");
                errors.add(&field, why("why-not-one-of").arg("value", code.as_str()).arg("allowed", allowed));
            } else if let Some(s) = score.filter(|s| !(self.min..=self.max).contains(s)) {
                errors.add(
                    &field,
                    why("why-outside-range").num("value", s as usize).num("min", self.min as usize).num("max", self.max as usize),
                );
            }
        }
    }

    /// The rule, over an observation's segments (see the module's documentation).
    pub fn score(&self, segments: &[SegmentScores]) -> Scored {
        let area_in =
            |a: &Area, s: &SegmentScores| mean(a.elements.iter().filter_map(|e| s.get(&e.code).copied().flatten().map(f64::from)));
        let per_segment: Vec<Option<f64>> = segments.iter().map(|s| mean(self.areas.iter().filter_map(|a| area_in(a, s)))).collect();
        let score = mean(per_segment.iter().filter_map(|x| *x));
        let areas = self.areas.iter().map(|a| (a.code.clone(), mean(segments.iter().filter_map(|s| area_in(a, s))))).collect();
        // Means of whole scores over thirds can land a hair below a whole benchmark: allow for it.
        Scored { areas, score, at_benchmark: score.map(|s| s + 1e-9 >= self.benchmark) }
    }
}

/// The default rubric: Teach's structure (three areas, nine elements, 28 behaviours; a 1–5
/// scale anchored low, medium, high; two segments of 15 minutes, three time-on-task snapshots
/// each; at benchmark from 3), in Pamoja's own short words.
pub fn teach_structured() -> Rubric {
    let b = |code: &str, text: &str| Behaviour { code: code.to_owned(), text: text.to_owned() };
    let e = |code: &str, name: &str, behaviours: Vec<Behaviour>| Element { code: code.to_owned(), name: name.to_owned(), behaviours };
    let a = |code: &str, name: &str, elements: Vec<Element>| Area { code: code.to_owned(), name: name.to_owned(), elements };
    let anchor = |score: u8, label: &str| Anchor { score, label: label.to_owned() };
    Rubric {
        code: "teach-structured".to_owned(),
        name: "Teaching practice (Teach-structured)".to_owned(),
        min: 1,
        max: 5,
        anchors: vec![anchor(1, "Low"), anchor(3, "Medium"), anchor(5, "High")],
        segments: 2,
        segment_minutes: 15,
        snapshots: 3,
        benchmark: 3.0,
        areas: vec![
            a(
                "culture",
                "Classroom culture",
                vec![
                    e(
                        "environment",
                        "A supportive place to learn",
                        vec![
                            b("environment-respect", "Speaks to learners warmly and with respect"),
                            b("environment-names", "Calls learners by their names"),
                            b("environment-bias", "Treats girls and boys, and every group, alike"),
                            b("environment-needs", "Notices and answers learners' needs"),
                        ],
                    ),
                    e(
                        "expectations",
                        "Clear and positive expectations",
                        vec![
                            b("expectations-rules", "Sets out what behaviour is expected"),
                            b("expectations-praise", "Praises good behaviour"),
                            b("expectations-redirect", "Redirects misbehaviour calmly"),
                        ],
                    ),
                ],
            ),
            a(
                "instruction",
                "Instruction",
                vec![
                    e(
                        "facilitation",
                        "Leading the lesson",
                        vec![
                            b("facilitation-objective", "Says what the lesson is for"),
                            b("facilitation-explains", "Explains the content clearly"),
                            b("facilitation-links", "Links it to what learners know or live"),
                            b("facilitation-models", "Shows how, by thinking aloud or an example"),
                        ],
                    ),
                    e(
                        "checks",
                        "Checking understanding",
                        vec![
                            b("checks-questions", "Asks questions to see who understands"),
                            b("checks-monitors", "Moves round and watches learners work"),
                            b("checks-adjusts", "Adjusts the lesson to what they find"),
                        ],
                    ),
                    e(
                        "feedback",
                        "Feedback",
                        vec![
                            b("feedback-specific", "Tells learners specifically what is right or wrong"),
                            b("feedback-next", "Helps them see how to improve"),
                        ],
                    ),
                    e(
                        "thinking",
                        "Critical thinking",
                        vec![
                            b("thinking-open", "Asks open-ended questions"),
                            b("thinking-tasks", "Sets tasks that need thinking, not recall"),
                            b("thinking-learners", "Learners ask questions and explain their reasoning"),
                        ],
                    ),
                ],
            ),
            a(
                "socioemotional",
                "Socioemotional skills",
                vec![
                    e(
                        "autonomy",
                        "Autonomy",
                        vec![
                            b("autonomy-choices", "Gives learners choices"),
                            b("autonomy-roles", "Gives learners roles in the class"),
                            b("autonomy-volunteer", "Learners volunteer to take part"),
                        ],
                    ),
                    e(
                        "perseverance",
                        "Perseverance",
                        vec![
                            b("perseverance-effort", "Praises effort, not only answers"),
                            b("perseverance-mistakes", "Treats mistakes as part of learning"),
                            b("perseverance-goals", "Encourages learners to keep at a hard task"),
                        ],
                    ),
                    e(
                        "collaboration",
                        "Working together",
                        vec![
                            b("collaboration-peers", "Has learners work with one another"),
                            b("collaboration-listen", "Encourages them to listen to each other"),
                            b("collaboration-help", "Learners help each other"),
                        ],
                    ),
                ],
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_has_teach_s_structure_three_areas_nine_elements_28_behaviours() {
        let r = Rubric::parse(teach_structured()).expect("the default is valid");
        let per_element: Vec<usize> = r.elements().map(|(_, e)| e.behaviours.len()).collect();
        // Teach: supportive environment 4, expectations 3; facilitation 4, checks 3, feedback 2,
        // critical thinking 3; autonomy 3, perseverance 3, social and collaborative skills 3.
        assert_eq!(per_element, [4, 3, 4, 3, 2, 3, 3, 3, 3]);
        assert_eq!((r.areas.len(), per_element.iter().sum::<usize>()), (3, 28));
        assert_eq!((r.min, r.max, r.segments, r.segment_minutes, r.snapshots, r.benchmark), (1, 5, 2, 15, 3, 3.0));
    }

    fn seg(scores: &[(&str, Option<u8>)]) -> SegmentScores {
        scores.iter().map(|(c, s)| ((*c).to_owned(), *s)).collect()
    }

    #[test]
    fn an_observation_is_the_mean_of_its_segments_each_the_mean_of_its_areas_each_of_its_elements() {
        let r = teach_structured();
        // Segment 1: culture (4 + 2) / 2 = 3; instruction (3 + 3 + 2 + N/A) / 3 = 8/3;
        // socioemotional (2 + 2 + 2) / 3 = 2. Segment score (3 + 8/3 + 2) / 3 = 23/9 ≈ 2.556.
        let one = seg(&[
            ("environment", Some(4)),
            ("expectations", Some(2)),
            ("facilitation", Some(3)),
            ("checks", Some(3)),
            ("feedback", Some(2)),
            ("thinking", None),
            ("autonomy", Some(2)),
            ("perseverance", Some(2)),
            ("collaboration", Some(2)),
        ]);
        // Segment 2: culture 5; instruction 4; socioemotional not scored (left out).
        // Segment score (5 + 4) / 2 = 4.5.
        let two = seg(&[("environment", Some(5)), ("facilitation", Some(4))]);
        let s = r.score(&[one.clone(), two]);
        // Observation: (23/9 + 4.5) / 2 = (23 + 40.5) / 18 = 63.5 / 18 ≈ 3.528: at benchmark.
        assert!((s.score.unwrap() - 63.5 / 18.0).abs() < 1e-12);
        assert_eq!(s.at_benchmark, Some(true));
        // Areas over the segments they were scored in: culture (3 + 5) / 2 = 4; instruction
        // (8/3 + 4) / 2 = 10/3; socioemotional 2, from segment 1 alone.
        assert!((s.areas["culture"].unwrap() - 4.0).abs() < 1e-12);
        assert!((s.areas["instruction"].unwrap() - 10.0 / 3.0).abs() < 1e-12);
        assert!((s.areas["socioemotional"].unwrap() - 2.0).abs() < 1e-12);
        // Segment 1 alone: 23/9 < 3, below benchmark; nothing scored, nothing to say.
        assert_eq!(r.score(&[one]).at_benchmark, Some(false));
        assert_eq!(r.score(&[seg(&[("thinking", None)])]), Scored { areas: r.score(&[]).areas, score: None, at_benchmark: None });
    }

    #[test]
    fn a_score_exactly_at_the_benchmark_meets_it() {
        let r = teach_structured();
        let all_three: SegmentScores = r.elements().map(|(_, e)| (e.code.clone(), Some(3))).collect();
        assert_eq!(r.score(&[all_three]).at_benchmark, Some(true));
        // Exactly 3 as the mean of areas that are not 3: culture (2 + 3) / 2 = 2.5; instruction (3 + 4 + 4 + 3) / 4
        // = 3.5; socioemotional (3 + 3 + 3) / 3 = 3; the segment (2.5 + 3.5 + 3) / 3 = 3.
        let thirds: SegmentScores = [
            ("environment", 2),
            ("expectations", 3),
            ("facilitation", 3),
            ("checks", 4),
            ("feedback", 4),
            ("thinking", 3),
            ("autonomy", 3),
            ("perseverance", 3),
            ("collaboration", 3),
        ]
        .iter()
        .map(|(c, s)| ((*c).to_owned(), Some(*s)))
        .collect();
        assert_eq!(r.score(&[thirds]).at_benchmark, Some(true));
    }

    #[test]
    fn a_rubric_with_a_repeated_code_an_empty_area_and_a_benchmark_off_its_scale_is_refused_naming_each() {
        let mut r = teach_structured();
        r.areas[1].elements[0].code = "environment".to_owned();
        r.areas[2].elements.clear();
        r.benchmark = 6.0;
        r.anchors[0].score = 0;
        let errors = Rubric::parse(r).unwrap_err();
        let fields: Vec<(&str, &str)> = errors.0.iter().map(|e| (e.field.as_str(), e.message.as_str())).collect();
        assert_eq!(
            fields,
            [
                ("anchors[0].score", "0 is outside 1-5"),
                ("benchmark", "6 is outside 1-5"),
                ("areas[1].elements[0].code", "environment is listed twice"),
                ("areas[2].elements", "is empty"),
            ]
        );
    }

    #[test]
    fn a_segment_naming_an_unknown_element_or_a_score_off_the_scale_is_refused() {
        let r = teach_structured();
        let mut errors = FieldErrors::new();
        r.check_segment(0, &seg(&[("environment", Some(6)), ("charisma", Some(3)), ("feedback", None)]), &mut errors);
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["segments[0].charisma", "segments[0].environment"]);
        assert_eq!(errors.0[1].message, "6 is outside 1-5");
    }
}
