//! Lists the store keeps in one column joined by `;` (a person's subjects, a cluster's
//! schools), and that every answer shows as an array, the shape requests send them in.

/// Serializes `"maths;english"` as `["maths", "english"]`, and `""` as `[]`.
pub fn as_array<S: serde::Serializer>(joined: &str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(joined.split(';').map(str::trim).filter(|s| !s.is_empty()))
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize)]
    struct Row {
        #[serde(serialize_with = "super::as_array")]
        subjects: String,
    }

    #[test]
    fn a_joined_list_goes_out_as_an_array() {
        let json = |s: &str| serde_json::to_string(&Row { subjects: s.into() }).unwrap();
        assert_eq!(json("maths;english"), r#"{"subjects":["maths","english"]}"#);
        assert_eq!(json(""), r#"{"subjects":[]}"#);
    }
}
