//! Trend charts drawn on the server as SVG (plotters' SVG backend, no fonts loaded: the
//! browser draws the text), so the browser needs no chart library and no script.

use plotters::prelude::*;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A line of shares (0 to 1) over labelled periods, as an accessible `<svg>`; a period without
/// a value (nothing planned) leaves a gap. With no value at all: a sentence saying so.
pub fn svg(title: &str, points: &[(String, Option<f64>)]) -> String {
    let known: Vec<(usize, f64)> = points.iter().enumerate().filter_map(|(i, (_, v))| v.map(|v| (i, 100.0 * v))).collect();
    if known.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    if let Err(e) = draw(&mut out, points, &known).map_err(|e| e.to_string()) {
        tracing::error!(error = %e, "a trend chart failed to draw");
        return String::new();
    }
    // What a screen reader says: the title and every value.
    let spoken: Vec<String> = known.iter().map(|(i, v)| format!("{} {v:.0}%", points[*i].0)).collect();
    let label = escape(&format!("{title}: {}", spoken.join(", ")));
    out.replacen("<svg ", &format!("<svg class=\"trend\" role=\"img\" aria-label=\"{label}\" "), 1)
}

fn draw<'a>(out: &'a mut String, points: &[(String, Option<f64>)], known: &[(usize, f64)]) -> Result<(), Box<dyn std::error::Error + 'a>> {
    let root = SVGBackend::with_string(out, (640, 220)).into_drawing_area();
    let last = points.len().saturating_sub(1).max(1);
    let mut chart = ChartBuilder::on(&root)
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(44)
        .build_cartesian_2d(-0.3f64..last as f64 + 0.3, 0f64..100f64)?;
    let label_of = |x: &f64| {
        let i = x.round();
        if (x - i).abs() < 1e-9 && i >= 0.0 { points.get(i as usize).map(|(l, _)| l.clone()).unwrap_or_default() } else { String::new() }
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .x_labels(points.len())
        .x_label_formatter(&label_of)
        .y_labels(5)
        .y_label_formatter(&|v| format!("{v:.0}%"))
        .label_style(("sans-serif", 13))
        .draw()?;
    let colour = RGBColor(0x01, 0x72, 0xad);
    // Runs of consecutive known values, so a gap stays a gap.
    let mut run: Vec<(f64, f64)> = Vec::new();
    for (k, (i, v)) in known.iter().enumerate() {
        run.push((*i as f64, *v));
        if known.get(k + 1).is_none_or(|(next, _)| *next != i + 1) {
            chart.draw_series(LineSeries::new(run.drain(..), colour.stroke_width(3)))?;
        }
    }
    chart.draw_series(known.iter().map(|(i, v)| Circle::new((*i as f64, *v), 4, colour.filled())))?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trend_is_an_svg_that_says_its_values() {
        let points = vec![("2025/26 T1".to_owned(), Some(0.5)), ("2025/26 T2".to_owned(), None), ("2025/26 T3".to_owned(), Some(0.875))];
        let svg = svg("Meetings held", &points);
        assert!(svg.starts_with("<svg class=\"trend\" role=\"img\" aria-label=\"Meetings held: 2025/26 T1 50%, 2025/26 T3 88%\""), "{svg}");
        assert!(svg.contains("2025/26 T2") && svg.contains("100%"), "every period is labelled, and the axis runs to 100%");
        assert!(!svg.contains("<script") && !svg.contains("href"), "nothing to run, nothing to load");
    }

    #[test]
    fn no_value_at_all_draws_nothing() {
        assert_eq!(svg("t", &[("T1".into(), None)]), "");
    }
}
