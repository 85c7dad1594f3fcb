//! A QR code on screen: the same code the receipt prints, drawn dark on white
//! with the quiet zone scanners and phone cameras need, in every theme.

use iced::widget::canvas::{Frame, Geometry, Program};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Size, Theme, mouse};
use std::sync::Arc;

/// Modules of quiet zone around the code.
const QUIET: usize = 4;

/// A QR code's modules, shared cheaply between frames.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    across: usize,
    dark: Arc<Vec<bool>>,
}

impl Code {
    /// The code for `payload` at error correction M; `None` if too long.
    pub fn new(payload: &str) -> Option<Code> {
        let (across, dark) = crate::receipt::qr::modules(payload)?;
        Some(Code {
            across,
            dark: Arc::new(dark),
        })
    }

    /// The code drawn `module` pixels a module, quiet zone included.
    pub fn view<M: 'static>(&self, module: f32) -> Element<'static, M> {
        let side = (self.across + 2 * QUIET) as f32 * module;
        iced::widget::canvas(self.clone())
            .width(Length::Fixed(side))
            .height(Length::Fixed(side))
            .into()
    }
}

impl<M> Program<M> for Code {
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
        frame.fill_rectangle(Point::ORIGIN, bounds.size(), Color::WHITE);
        let module = bounds.width / (self.across + 2 * QUIET) as f32;
        for (i, dark) in self.dark.iter().enumerate() {
            if *dark {
                let (x, y) = (
                    (i % self.across + QUIET) as f32,
                    (i / self.across + QUIET) as f32,
                );
                frame.fill_rectangle(
                    Point::new(x * module, y * module),
                    Size::new(module, module),
                    Color::BLACK,
                );
            }
        }
        vec![frame.into_geometry()]
    }
}
