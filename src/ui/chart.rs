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
        let weeks = self.weeks().max(1);
        let slot = w / weeks as f32;
        let top = self.top.max(1.0);
        let y = |v: f32| h - 2.0 - (v / top).clamp(0.0, 1.0) * (h - 8.0);
        // The week's x position, mirrored for right-to-left reading.
        let x = |i: usize| {
            let i = if self.rtl { weeks - 1 - i } else { i };
            i as f32 * slot
        };
        frame.fill_rectangle(Point::new(0.0, h - 2.0), Size::new(w, 2.0), p.text);
        let bars: Vec<&Series> = self.series.iter().filter(|s| s.mark == Mark::Bar).collect();
        let bar_w = (slot * 0.8) / bars.len().max(1) as f32;
        for (k, s) in bars.iter().enumerate() {
            for (i, v) in s.values.iter().enumerate() {
                if let Some(v) = v {
                    let left = x(i) + slot * 0.1 + k as f32 * bar_w;
                    let top_y = y(*v);
                    frame.fill_rectangle(
                        Point::new(left, top_y),
                        Size::new(bar_w - 1.0, (h - 2.0 - top_y).max(0.0)),
                        s.color,
                    );
                }
            }
        }
        for target in &self.targets {
            let ty = y(*target);
            let mut dash = 0.0;
            while dash < w {
                frame.fill_rectangle(Point::new(dash, ty - 1.0), Size::new(8.0, 2.0), p.error);
                dash += 14.0;
            }
        }
        for s in self.series.iter().filter(|s| s.mark == Mark::Line) {
            let points: Vec<Point> = s
                .values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| Point::new(x(i) + slot / 2.0, y(v))))
                .collect();
            if points.len() > 1 {
                let line = Path::new(|b| {
                    b.move_to(points[0]);
                    for pt in &points[1..] {
                        b.line_to(*pt);
                    }
                });
                frame.stroke(&line, Stroke::default().with_color(s.color).with_width(3.0));
            }
            for pt in points {
                frame.fill(&Path::circle(pt, 5.0), s.color);
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
