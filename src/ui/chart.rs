//! Week-by-week charts for the hub view, drawn with iced's canvas: bars
//! for counts, a line with points for percentages, and dashed lines for
//! targets. The words (title, legend, each week's numbers) are ordinary
//! text beside the chart, so they are translated, read aloud and never
//! lost in the drawing.

use super::Palette;
use iced::widget::canvas::{Frame, Geometry, Path, Program, Stroke};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Size, Theme, mouse};

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Side-by-side bars.
    Bar,
    /// A line through a point per week.
    Line,
}

/// One series of values, one per week (`None`: nothing that week).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The values, oldest week first.
    pub values: Vec<Option<f32>>,
    /// Its colour.
    pub color: Color,
    /// How it is drawn.
    pub mark: Mark,
}

/// A chart: the series against one scale from 0 to `top`, with optional
/// target lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// What is drawn.
    pub series: Vec<Series>,
    /// The top of the scale.
    pub top: f32,
    /// Dashed lines across the chart at these values.
    pub targets: Vec<f32>,
    /// Colours for axes and targets.
    pub palette: Palette,
    /// Draw from the right (right-to-left languages read weeks that way).
    pub rtl: bool,
}

impl Chart {
    /// The chart at `width` x `height`.
    pub fn view<M: 'static>(self, width: f32, height: f32) -> Element<'static, M> {
        iced::widget::canvas(self)
            .width(Length::Fixed(width))
            .height(Length::Fixed(height))
            .into()
    }

    /// The scale's top for counts: the largest value, rounded up to a
    /// whole number, at least 1.
    pub fn top_of(series: &[Series]) -> f32 {
        series
            .iter()
            .flat_map(|s| s.values.iter().flatten())
            .fold(1.0_f32, |a, &b| a.max(b))
            .ceil()
    }

    fn weeks(&self) -> usize {
        self.series
            .iter()
            .map(|s| s.values.len())
            .max()
            .unwrap_or(0)
    }
}

/// What a chart draws, worked out for a size: the pure part of drawing,
/// kept apart from the canvas so it can be checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Shapes {
    /// The bars, each with its colour.
    pub bars: Vec<(Rectangle, Color)>,
    /// The heights (from the top) of the dashed target lines.
    pub targets: Vec<f32>,
    /// Each line series: its points (weeks with no value left out) and
    /// colour.
    pub lines: Vec<(Vec<Point>, Color)>,
}

impl Chart {
    /// The shapes of the chart at `size`.
    pub fn shapes(&self, size: Size) -> Shapes {
        let (w, h) = (size.width, size.height);
        let weeks = self.weeks().max(1);
        let slot = w / weeks as f32;
        let top = self.top.max(1.0);
        let y = |v: f32| h - 2.0 - (v / top).clamp(0.0, 1.0) * (h - 8.0);
        // The week's x position, mirrored for right-to-left reading.
        let x = |i: usize| {
            let i = if self.rtl { weeks - 1 - i } else { i };
            i as f32 * slot
        };
        let bars: Vec<&Series> = self.series.iter().filter(|s| s.mark == Mark::Bar).collect();
        let bar_w = (slot * 0.8) / bars.len().max(1) as f32;
        let mut out = Shapes {
            bars: Vec::new(),
            targets: self.targets.iter().map(|t| y(*t)).collect(),
            lines: Vec::new(),
        };
        for (k, s) in bars.iter().enumerate() {
            for (i, v) in s.values.iter().enumerate() {
                if let Some(v) = v {
                    let left = x(i) + slot * 0.1 + k as f32 * bar_w;
                    let top_y = y(*v);
                    out.bars.push((
                        Rectangle::new(
                            Point::new(left, top_y),
                            Size::new(bar_w - 1.0, (h - 2.0 - top_y).max(0.0)),
                        ),
                        s.color,
                    ));
                }
            }
        }
        for s in self.series.iter().filter(|s| s.mark == Mark::Line) {
            let points = s
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| Point::new(x(i) + slot / 2.0, y(v))))
                .collect();
            out.lines.push((points, s.color));
        }
        out
    }
}

impl<M> Program<M> for Chart {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let p = self.palette;
        let (w, h) = (bounds.width, bounds.height);
        let shapes = self.shapes(bounds.size());
        frame.fill_rectangle(Point::new(0.0, h - 2.0), Size::new(w, 2.0), p.text);
        for (bar, color) in &shapes.bars {
            frame.fill_rectangle(bar.position(), bar.size(), *color);
        }
        for ty in &shapes.targets {
            let mut dash = 0.0;
            while dash < w {
                frame.fill_rectangle(Point::new(dash, ty - 1.0), Size::new(8.0, 2.0), p.error);
                dash += 14.0;
            }
        }
        for (points, color) in shapes.lines {
            if points.len() > 1 {
                let line = Path::new(|b| {
                    b.move_to(points[0]);
                    for pt in &points[1..] {
                        b.line_to(*pt);
                    }
                });
                frame.stroke(&line, Stroke::default().with_color(color).with_width(3.0));
            }
            for pt in points {
                frame.fill(&Path::circle(pt, 5.0), color);
            }
        }
        vec![frame.into_geometry()]
    }
}

/// A legend swatch: a small square of the series' colour.
pub fn swatch<M: 'static>(color: Color, side: f32) -> Element<'static, M> {
    iced::widget::container(iced::widget::Space::new())
        .width(side)
        .height(side)
        .style(move |_: &Theme| iced::widget::container::Style {
            background: Some(iced::Background::Color(color)),
            ..iced::widget::container::Style::default()
        })
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: Size = Size {
        width: 600.0,
        height: 108.0,
    };

    fn chart(series: Vec<Series>, targets: Vec<f32>, rtl: bool) -> Chart {
        Chart {
            top: Chart::top_of(&series),
            series,
            targets,
            palette: crate::ui::Palette::STANDARD,
            rtl,
        }
    }

    fn weeks(values: impl Fn(usize) -> Option<f32>) -> Vec<Option<f32>> {
        (0..12).map(values).collect()
    }

    #[test]
    fn twelve_weeks_of_two_counts_are_bars_as_tall_as_their_values() {
        let started = Series {
            values: weeks(|i| Some(i as f32 + 1.0)),
            color: Color::BLACK,
            mark: Mark::Bar,
        };
        let finished = Series {
            values: weeks(|i| Some((i as f32 + 1.0) / 2.0)),
            color: Color::WHITE,
            mark: Mark::Bar,
        };
        let c = chart(vec![started, finished], Vec::new(), false);
        assert_eq!(c.top, 12.0);
        let shapes = c.shapes(SIZE);
        assert_eq!(shapes.bars.len(), 24);
        // The scale runs over h - 8 = 100 pixels: week 12's 12 fills it,
        // week 6's 6 is half, and the finished bar beside it half again.
        let tallest = shapes.bars[11].0;
        assert!((tallest.height - 100.0).abs() < 0.01, "{tallest:?}");
        assert!((shapes.bars[5].0.height - 50.0).abs() < 0.01);
        assert!((shapes.bars[12 + 5].0.height - 25.0).abs() < 0.01);
        // Oldest week on the left, each week's finished bar right of its
        // started bar, every bar inside the chart.
        assert!(shapes.bars[0].0.x < shapes.bars[11].0.x);
        assert!(shapes.bars[12].0.x > shapes.bars[0].0.x);
        for (bar, _) in &shapes.bars {
            assert!(bar.x >= 0.0 && bar.x + bar.width <= SIZE.width);
            assert!(bar.y >= 0.0 && bar.y + bar.height <= SIZE.height);
        }
    }

    #[test]
    fn right_to_left_puts_the_oldest_week_on_the_right() {
        let s = Series {
            values: weeks(|_| Some(1.0)),
            color: Color::BLACK,
            mark: Mark::Bar,
        };
        let ltr = chart(vec![s.clone()], Vec::new(), false).shapes(SIZE);
        let rtl = chart(vec![s], Vec::new(), true).shapes(SIZE);
        assert!(rtl.bars[0].0.x > rtl.bars[11].0.x);
        assert!((rtl.bars[0].0.x - ltr.bars[11].0.x).abs() < 0.01);
    }

    #[test]
    fn satisfaction_is_a_line_against_the_targets_skipping_weeks_with_no_ratings() {
        let satisfied = Series {
            values: weeks(|i| (i % 3 != 0).then_some(90.0)),
            color: Color::BLACK,
            mark: Mark::Line,
        };
        let mut c = chart(vec![satisfied], vec![85.0, 95.0], false);
        c.top = 100.0;
        let shapes = c.shapes(SIZE);
        assert!(shapes.bars.is_empty());
        let (points, _) = &shapes.lines[0];
        assert_eq!(points.len(), 8, "four weeks had no ratings");
        // 90% sits between the 85% and 95% lines (higher is nearer the top).
        let (at85, at95) = (shapes.targets[0], shapes.targets[1]);
        assert!(
            at95 < points[0].y && points[0].y < at85,
            "{at95} {} {at85}",
            points[0].y
        );
        assert!((at85 - (SIZE.height - 2.0 - 85.0)).abs() < 0.01);
    }
}
