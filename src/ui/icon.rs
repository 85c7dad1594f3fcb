//! Small drawn icons that no font has to supply: the globe that marks the
//! language picker on every screen, understood whatever the reader's language.

use iced::widget::canvas::{Frame, Geometry, Path, Program, Stroke};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Theme, mouse};

/// A globe: a circle with a meridian, the equator and two parallels.
#[derive(Debug, Clone, Copy)]
struct Globe {
    colour: Color,
}

impl<M> Program<M> for Globe {
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
        let side = bounds.width.min(bounds.height);
        let line = (side / 12.0).max(1.5);
        let r = side / 2.0 - line;
        let c = Point::new(bounds.width / 2.0, bounds.height / 2.0);
        let stroke = Stroke::default().with_color(self.colour).with_width(line);
        frame.stroke(&Path::circle(c, r), stroke);
        // The meridian: an ellipse half as wide as the globe.
        let meridian = Path::new(|b| {
            b.ellipse(iced::widget::canvas::path::arc::Elliptical {
                center: c,
                radii: iced::Vector::new(r * 0.45, r),
                rotation: iced::Radians(0.0),
                start_angle: iced::Radians(0.0),
                end_angle: iced::Radians(std::f32::consts::TAU),
            })
        });
        frame.stroke(&meridian, stroke);
        frame.stroke(
            &Path::line(Point::new(c.x - r, c.y), Point::new(c.x + r, c.y)),
            stroke,
        );
        for dy in [-0.5f32, 0.5] {
            let y = c.y + dy * r;
            let half = r * (1.0 - dy * dy).sqrt();
            frame.stroke(
                &Path::line(Point::new(c.x - half, y), Point::new(c.x + half, y)),
                stroke,
            );
        }
        vec![frame.into_geometry()]
    }
}

/// The globe icon `size` pixels square in `colour`.
pub fn globe<M: 'static>(size: f32, colour: Color) -> Element<'static, M> {
    iced::widget::canvas(Globe { colour })
        .width(Length::Fixed(size))
        .height(Length::Fixed(size))
        .into()
}
