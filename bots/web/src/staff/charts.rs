//! The dashboard's charts, drawn on the server as SVG with plotters: no script, nothing
//! loaded from elsewhere, so they pass the board's Content-Security-Policy. Each comes with
//! its numbers as a table, for screen readers and for anyone who wants the figures.
//!
//! Colours are the NHS palette's blue, dark green and purple: each pair differs in lightness
//! as well as hue, so they can be told apart without colour vision, and the legend and table
//! name every series.

use crowdsprint_core::domain::{Challenge, Describes, Msg};
use crowdsprint_core::layout::Renderer;
use crowdsprint_core::store::Counts;
use crowdsprint_core::store::DayActivity;
use plotters::prelude::*;

const WIDTH: u32 = 720;
const HEIGHT: u32 = 320;
const BLUE: RGBColor = RGBColor(0, 94, 184);
const GREEN: RGBColor = RGBColor(0, 127, 59);
const PURPLE: RGBColor = RGBColor(51, 0, 114);
const TEXT: RGBColor = RGBColor(33, 43, 50);
const GRID: RGBColor = RGBColor(216, 221, 224);

/// One chart: its title, the SVG, and the same numbers as a table.
#[derive(Debug, Clone)]
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub svg: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// One series of bars or points, with its name and colour.
struct Series<'a> {
    name: String,
    colour: RGBColor,
    values: &'a [i64],
}

/// Ideas, comments and votes per day of the sprint.
pub fn activity(words: &Renderer<'_>, days: &[DayActivity]) -> Chart {
    let labels: Vec<String> = days
        .iter()
        .map(|d| d.day.format("%d/%m").to_string())
        .collect();
    let ideas: Vec<i64> = days.iter().map(|d| d.ideas).collect();
    let comments: Vec<i64> = days.iter().map(|d| d.comments).collect();
    let votes: Vec<i64> = days.iter().map(|d| d.votes).collect();
    let series = [
        Series {
            name: words.text("web-chart-ideas"),
            colour: BLUE,
            values: &ideas,
        },
        Series {
            name: words.text("web-chart-comments"),
            colour: GREEN,
            values: &comments,
        },
        Series {
            name: words.text("web-chart-votes"),
            colour: PURPLE,
            values: &votes,
        },
    ];
    let headers = vec![
        words.text("web-chart-day"),
        series[0].name.clone(),
        series[1].name.clone(),
        series[2].name.clone(),
    ];
    let rows = days
        .iter()
        .map(|d| {
            vec![
                d.day.format("%Y-%m-%d").to_string(),
                d.ideas.to_string(),
                d.comments.to_string(),
                d.votes.to_string(),
            ]
        })
        .collect();
    Chart {
        id: "activity",
        title: words.text("web-chart-activity"),
        svg: draw(&labels, &series, Shape::Lines),
        headers,
        rows,
    }
}

/// Ideas and supporters in each challenge.
pub fn challenges(words: &Renderer<'_>, challenges: &[(Challenge, Counts)]) -> Chart {
    let labels: Vec<String> = challenges.iter().map(|(c, _)| short(&c.title)).collect();
    let ideas: Vec<i64> = challenges.iter().map(|(_, n)| n.ideas).collect();
    let votes: Vec<i64> = challenges.iter().map(|(_, n)| n.votes).collect();
    let series = [
        Series {
            name: words.text("web-chart-ideas"),
            colour: BLUE,
            values: &ideas,
        },
        Series {
            name: words.text("web-chart-supporters"),
            colour: GREEN,
            values: &votes,
        },
    ];
    let headers = vec![
        words.text("web-chart-challenge"),
        words.text("web-chart-people"),
        series[0].name.clone(),
        series[1].name.clone(),
        words.text("web-chart-comments"),
    ];
    let rows = challenges
        .iter()
        .map(|(c, n)| {
            vec![
                c.title.clone(),
                n.people.to_string(),
                n.ideas.to_string(),
                n.votes.to_string(),
                n.comments.to_string(),
            ]
        })
        .collect();
    Chart {
        id: "challenges",
        title: words.text("web-chart-challenges"),
        svg: draw(&labels, &series, Shape::Bars),
        headers,
        rows,
    }
}

/// The people who took part, by what describes them.
pub fn described(words: &Renderer<'_>, described: &[(Describes, i64)]) -> Chart {
    let names: Vec<String> = described
        .iter()
        .map(|(d, _)| words.msg(&Msg::new("describes-name").arg("describes", d.as_str())))
        .collect();
    let people: Vec<i64> = described.iter().map(|(_, n)| *n).collect();
    let series = [Series {
        name: words.text("web-chart-people"),
        colour: BLUE,
        values: &people,
    }];
    let labels: Vec<String> = names.iter().map(|n| short(n)).collect();
    Chart {
        id: "described",
        title: words.text("web-chart-described"),
        svg: draw(&labels, &series, Shape::Bars),
        headers: vec![words.text("web-chart-describes"), series[0].name.clone()],
        rows: names
            .into_iter()
            .zip(&people)
            .map(|(name, n)| vec![name, n.to_string()])
            .collect(),
    }
}

/// How long answered comments waited for the team's first response, in bands of days.
pub fn first_responses(words: &Renderer<'_>, waits: &[chrono::Duration]) -> Chart {
    const BANDS: [(&str, i64); 5] = [
        ("day", 1),
        ("two-days", 2),
        ("five-days", 5),
        ("ten-days", 10),
        ("more", i64::MAX),
    ];
    let mut counts = [0i64; BANDS.len()];
    for wait in waits {
        let hours = wait.num_hours();
        let band = BANDS
            .iter()
            .position(|(_, days)| hours < days.saturating_mul(24))
            .unwrap_or(BANDS.len() - 1);
        counts[band] += 1;
    }
    let names: Vec<String> = BANDS
        .iter()
        .map(|(band, _)| words.msg(&Msg::new("web-wait-band").arg("band", *band)))
        .collect();
    let series = [Series {
        name: words.text("web-chart-answered"),
        colour: GREEN,
        values: &counts,
    }];
    Chart {
        id: "responses",
        title: words.text("web-chart-responses"),
        svg: draw(&names, &series, Shape::Bars),
        headers: vec![words.text("web-chart-wait"), series[0].name.clone()],
        rows: names
            .into_iter()
            .zip(counts)
            .map(|(name, n)| vec![name, n.to_string()])
            .collect(),
    }
}

/// A label short enough to sit under a bar; the table has the whole of it.
fn short(text: &str) -> String {
    const MAX: usize = 26;
    if text.chars().count() <= MAX {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX - 1).collect();
    // At the last space, unless that would leave too little to recognise.
    let cut = match cut.rfind(' ') {
        Some(space) if space > MAX / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Lines,
    Bars,
}

/// Draws the series over `labels` (one per day for lines, one per category for bars). A
/// chart that cannot be drawn is logged and left out; its table still shows the numbers.
fn draw(labels: &[String], series: &[Series<'_>], shape: Shape) -> String {
    let mut svg = String::new();
    let drawn = match shape {
        Shape::Lines => draw_lines(&mut svg, labels, series),
        Shape::Bars => draw_bars(&mut svg, labels, series),
    };
    if let Err(error) = drawn {
        tracing::error!(%error, "a dashboard chart could not be drawn");
        return String::new();
    }
    svg
}

type Drawn = Result<(), Box<dyn std::error::Error>>;

/// The highest value with a little headroom, so the top point does not touch the frame.
fn headroom(series: &[Series<'_>]) -> i64 {
    let top = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    top + (top / 10).max(1)
}

fn label_style() -> TextStyle<'static> {
    ("sans-serif", 13).into_font().color(&TEXT)
}

/// Over time, left to right: a line per series, with a dot on each day (a day alone still
/// shows).
fn draw_lines(svg: &mut String, labels: &[String], series: &[Series<'_>]) -> Drawn {
    let root = SVGBackend::with_string(svg, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    // Day `i` sits at x = i.
    let last = labels.len().max(1) as f64 - 0.5;
    let mut chart = ChartBuilder::on(&root)
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(44)
        .build_cartesian_2d(-0.5..last, 0..headroom(series))?;
    let names = labels.to_vec();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(TEXT)
        .label_style(label_style())
        .x_labels(labels.len().clamp(1, 12) * 2 + 1)
        .x_label_formatter(&move |x: &f64| label_at(&names, *x))
        .y_labels(6)
        .draw()?;
    for s in series {
        let colour = s.colour;
        let points: Vec<(f64, i64)> = s
            .values
            .iter()
            .enumerate()
            .map(|(x, y)| (x as f64, *y))
            .collect();
        chart.draw_series(LineSeries::new(points.clone(), colour.stroke_width(3)))?;
        chart
            .draw_series(
                points
                    .into_iter()
                    .map(|p| Circle::new(p, 4, colour.filled())),
            )?
            .label(s.name.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], colour.filled()));
    }
    legend(&mut chart, series)?;
    root.present()?;
    Ok(())
}

/// Categories top to bottom with their names beside them (names are long: challenge
/// titles), a bar per series.
fn draw_bars(svg: &mut String, labels: &[String], series: &[Series<'_>]) -> Drawn {
    let rows = labels.len().max(1);
    let height = (48 + rows * 22 * series.len().max(1) + rows * 12).clamp(160, 900) as u32;
    let root = SVGBackend::with_string(svg, (WIDTH, height)).into_drawing_area();
    root.fill(&WHITE)?;
    // Category `i` sits at y = rows - 1 - i, so the first is at the top.
    let top_row = rows as f64 - 0.5;
    let mut chart = ChartBuilder::on(&root)
        .margin(12)
        .x_label_area_size(30)
        .y_label_area_size(190)
        .build_cartesian_2d(0..headroom(series), -0.5..top_row)?;
    let names: Vec<String> = labels.iter().rev().cloned().collect();
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(TEXT)
        .label_style(label_style())
        .y_labels(rows.clamp(1, 40) * 2 + 1)
        .y_label_formatter(&move |y: &f64| label_at(&names, *y))
        .x_labels(6)
        .draw()?;
    let thickness = 0.8 / series.len().max(1) as f64;
    for (n, s) in series.iter().enumerate() {
        let colour = s.colour;
        chart
            .draw_series(s.values.iter().enumerate().map(|(i, value)| {
                let row = (rows - 1 - i) as f64;
                let upper = row + 0.4 - n as f64 * thickness;
                Rectangle::new([(0, upper), (*value, upper - thickness)], colour.filled())
            }))?
            .label(s.name.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], colour.filled()));
    }
    legend(&mut chart, series)?;
    root.present()?;
    Ok(())
}

/// The key naming each series, when there is more than one.
fn legend<'a, X, Y>(
    chart: &mut ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    series: &[Series<'_>],
) -> Drawn
where
    X: plotters::coord::ranged1d::Ranged,
    Y: plotters::coord::ranged1d::Ranged,
{
    if series.len() > 1 {
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .label_font(label_style())
            .background_style(WHITE.mix(0.9))
            .border_style(GRID)
            .draw()?;
    }
    Ok(())
}

/// The label for an axis position: a label's name at its whole number, nothing between.
fn label_at(names: &[String], x: f64) -> String {
    let nearest = x.round();
    if (x - nearest).abs() > 0.01 || nearest < 0.0 {
        return String::new();
    }
    names.get(nearest as usize).cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_labels_are_shortened_and_only_whole_positions_are_named() {
        assert_eq!(short("Discharge"), "Discharge");
        assert_eq!(
            short("Getting home from hospital much sooner"),
            "Getting home from…"
        );
        assert_eq!(
            short("Ymgynghoriadauallanolarddydd"),
            "Ymgynghoriadauallanolardd…"
        );
        let names = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(label_at(&names, 1.0), "b");
        assert_eq!(label_at(&names, 0.5), "");
        assert_eq!(label_at(&names, -0.5), "");
        assert_eq!(label_at(&names, 2.0), "");
    }
}
