//! A headless window that behaves like the kiosk's real one between frames:
//! its widget state (how far each page is scrolled) lasts from one view to
//! the next, and the scrolling the app asks for in its Tasks is carried out
//! on it, as iced's runtime does. Tests use it to see what a resident would
//! see: whether the focused control is on screen, and pixel snapshots of the
//! screen as it stands.

use frontdoor::app::{App, Message};
use iced::advanced::renderer::Headless;
use iced::advanced::widget::{Id, Operation, operation::Outcome, operation::Scrollable};
use iced::futures::StreamExt;
use iced::{Pixels, Rectangle, Size, Task, Vector};
use iced_test::runtime::UserInterface;
use iced_test::runtime::user_interface::Cache;

/// The physical pixels per logical pixel of snapshots.
pub const SCALE: f32 = 2.0;

pub struct Window {
    pub size: Size,
    /// Physical pixels per logical pixel (the kiosk's screens are 1.0;
    /// snapshots use [`SCALE`]).
    pub scale: f32,
    /// Draw a frame, as the live compositor does, after every update and
    /// every widget operation.
    pub live: bool,
    renderer: iced::Renderer,
    cache: Option<Cache>,
    /// What the screen showed last, drawn as the live compositor draws:
    /// only what changed since the last frame.
    shown: Option<Shown>,
}

/// The live compositor's memory between frames.
struct Shown {
    /// tiny-skia's BGRA bytes, as the compositor keeps them.
    pixels: Vec<u8>,
    clip: tiny_skia::Mask,
    layers: Vec<iced_tiny_skia::Layer>,
    background: iced::Color,
}

impl Window {
    pub fn new(width: f32, height: f32) -> Window {
        for font in frontdoor::ui::FONTS {
            iced_test::renderer::graphics::text::font_system()
                .write()
                .unwrap()
                .load_font(std::borrow::Cow::Borrowed(*font));
        }
        let renderer = iced_test::futures::futures::executor::block_on(
            <iced::Renderer as Headless>::new(frontdoor::ui::BODY, Pixels(16.0), Some("tiny-skia")),
        )
        .unwrap();
        Window {
            size: Size::new(width, height),
            scale: SCALE,
            live: false,
            renderer,
            cache: Some(Cache::default()),
            shown: None,
        }
    }

    fn with_ui<T>(
        &mut self,
        app: &App,
        f: impl FnOnce(
            &mut UserInterface<'_, Message, iced::Theme, iced::Renderer>,
            &mut iced::Renderer,
        ) -> T,
    ) -> T {
        let cache = self.cache.take().unwrap_or_default();
        let mut ui = UserInterface::build(app.view(), self.size, cache, &mut self.renderer);
        let out = f(&mut ui, &mut self.renderer);
        self.cache = Some(ui.into_cache());
        out
    }

    /// Carries out one widget operation (and those it chains to) on the
    /// screen as it stands.
    pub fn operate(&mut self, app: &App, operation: Box<dyn Operation>) {
        self.with_ui(app, |ui, renderer| {
            let mut next = Some(operation);
            while let Some(mut current) = next.take() {
                ui.operate(renderer, current.as_mut());
                if let Outcome::Chain(chained) = current.finish() {
                    next = Some(chained);
                }
            }
        });
    }

    /// Runs a Task the app returned, as iced's runtime would: widget
    /// operations on this window, effects on the tokio runtime. Returns the
    /// messages it produced.
    pub fn run(
        &mut self,
        rt: &tokio::runtime::Runtime,
        app: &App,
        task: Task<Message>,
    ) -> Vec<Message> {
        let Some(mut stream) = iced_runtime::task::into_stream(task) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        while let Some(action) = rt.block_on(stream.next()) {
            match action {
                iced_runtime::Action::Output(m) => out.push(m),
                iced_runtime::Action::Widget(op) => {
                    self.operate(app, op);
                    if self.live {
                        self.present(app);
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Whether the focused control is wholly on screen; why not otherwise.
    pub fn focus_in_view(&mut self, app: &App) -> Result<(), String> {
        let found = self.with_ui(app, |ui, renderer| {
            let mut op = Focused::default();
            ui.operate(renderer, &mut op);
            op
        });
        let Some((focused, page)) = found.focused else {
            return match app.focus() {
                None => Ok(()),
                Some(i) => Err(format!("control {i} has focus but is not drawn")),
            };
        };
        let window = Rectangle::new(iced::Point::ORIGIN, self.size);
        let shown = match page {
            // In the page's scrolling column: within its visible part.
            Some((view, content, shift)) => {
                let top = focused.y - content.y - shift.y + view.y;
                Rectangle::new(iced::Point::new(focused.x, top), focused.size())
                    .intersection(&view)
                    .map(|r| (r, view))
            }
            None => focused.intersection(&window).map(|r| (r, window)),
        };
        match shown {
            Some((r, _))
                if (r.height - focused.height).abs() < 0.5
                    && (r.width - focused.width).abs() < 0.5 =>
            {
                Ok(())
            }
            Some((r, area)) => Err(format!(
                "only {:.0}x{:.0} of the {:.0}x{:.0} focused control shows in {area:?}",
                r.width, r.height, focused.width, focused.height
            )),
            None => Err(format!("the focused control at {focused:?} is off screen")),
        }
    }

    /// Draws the next frame the way the live tiny-skia compositor does:
    /// only the regions its damage tracking says changed since the last
    /// frame are painted over the pixels kept from before. Returns the
    /// screen in RGBA, to compare with a full redraw.
    pub fn present(&mut self, app: &App) -> Vec<u8> {
        let background = app.background();
        let (w, h) = self.physical();
        let scale = self.scale;
        let mut shown = self.shown.take().unwrap_or_else(|| Shown {
            pixels: vec![0; (w * h * 4) as usize],
            clip: tiny_skia::Mask::new(w, h).unwrap(),
            layers: Vec::new(),
            background,
        });
        // Painted while the interface (and the text it laid out) is alive,
        // as in the live event loop.
        self.draw_then(app, |renderer| {
            let layers = renderer.layers().to_vec();
            let viewport =
                iced_tiny_skia::graphics::Viewport::with_physical_size(Size::new(w, h), scale);
            let logical = Rectangle::with_size(viewport.logical_size());
            let damage = if shown.layers.is_empty() || shown.background != background {
                vec![logical]
            } else {
                iced_tiny_skia::graphics::damage::diff(
                    &shown.layers,
                    &layers,
                    |layer| vec![layer.bounds],
                    iced_tiny_skia::Layer::damage,
                )
            };
            if !damage.is_empty() {
                let damage = iced_tiny_skia::graphics::damage::group(damage, logical);
                let mut pixmap = tiny_skia::PixmapMut::from_bytes(&mut shown.pixels, w, h).unwrap();
                renderer.draw(&mut pixmap, &mut shown.clip, &viewport, &damage, background);
            }
            shown.layers = layers;
            shown.background = background;
        });
        // Opaque BGRA to RGBA, as a screenshot gives it.
        let rgba = shown
            .pixels
            .chunks_exact(4)
            .flat_map(|p| [p[2], p[1], p[0], p[3]])
            .collect();
        self.shown = Some(shown);
        rgba
    }

    fn physical(&self) -> (u32, u32) {
        (
            (self.size.width * self.scale).round() as u32,
            (self.size.height * self.scale).round() as u32,
        )
    }

    /// Lays the app out, records its drawing in the renderer, and runs
    /// `then` with it while the interface is alive.
    fn draw_then<T>(&mut self, app: &App, then: impl FnOnce(&mut iced::Renderer) -> T) -> T {
        let theme = app.theme();
        self.with_ui(app, |ui, renderer| {
            let mut messages = Vec::new();
            let _ = ui.update(
                &[iced::Event::Window(iced::window::Event::RedrawRequested(
                    std::time::Instant::now(),
                ))],
                iced::mouse::Cursor::Unavailable,
                renderer,
                &mut iced::advanced::clipboard::Null,
                &mut messages,
            );
            let base = iced::theme::Base::base(&theme);
            ui.draw(
                renderer,
                &theme,
                &iced::advanced::renderer::Style {
                    text_color: base.text_color,
                },
                iced::mouse::Cursor::Unavailable,
            );
            then(renderer)
        })
    }

    /// The screen as drawn now, in RGBA at [`SCALE`].
    pub fn screenshot(&mut self, app: &App) -> (Vec<u8>, u32, u32) {
        let theme = app.theme();
        let size = self.size;
        let scale = self.scale;
        self.with_ui(app, |ui, renderer| {
            let mut messages = Vec::new();
            let _ = ui.update(
                &[iced::Event::Window(iced::window::Event::RedrawRequested(
                    std::time::Instant::now(),
                ))],
                iced::mouse::Cursor::Unavailable,
                renderer,
                &mut iced::advanced::clipboard::Null,
                &mut messages,
            );
            let base = iced::theme::Base::base(&theme);
            ui.draw(
                renderer,
                &theme,
                &iced::advanced::renderer::Style {
                    text_color: base.text_color,
                },
                iced::mouse::Cursor::Unavailable,
            );
            let (w, h) = (
                (size.width * scale).round() as u32,
                (size.height * scale).round() as u32,
            );
            let rgba = renderer.screenshot(Size::new(w, h), scale, base.background_color);
            (rgba, w, h)
        })
    }
}

/// Every piece of text on screen, and whether it shows whole (not cut off
/// by the window or scrolled out of the page's visible part).
#[derive(Default)]
pub struct Texts {
    pub found: Vec<(String, Rectangle, bool)>,
    /// Where each text inside the page's scrolling column is laid out
    /// (before scrolling).
    pub in_page: Vec<Rectangle>,
    page: Option<Page>,
    entering_page: bool,
    inside_page: bool,
    window: Rectangle,
}

impl Operation for Texts {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let entered = std::mem::take(&mut self.entering_page);
        let was = self.inside_page;
        if entered {
            self.inside_page = true;
        }
        operate(self);
        self.inside_page = was;
    }

    fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
        let (shown, area) = match (self.inside_page, self.page) {
            (true, Some((view, content, shift))) => {
                let top = bounds.y - content.y - shift.y + view.y;
                (
                    Rectangle::new(iced::Point::new(bounds.x, top), bounds.size()),
                    view,
                )
            }
            _ => (bounds, self.window),
        };
        let whole = shown.x >= area.x - 0.5
            && shown.y >= area.y - 0.5
            && shown.x + shown.width <= area.x + area.width + 0.5
            && shown.y + shown.height <= area.y + area.height + 0.5;
        self.found.push((text.to_string(), shown, whole));
        if self.inside_page {
            self.in_page.push(bounds);
        }
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        content: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        if id == Some(&frontdoor::ui::scroll::PAGE) {
            self.page = Some((bounds, content, translation));
            self.entering_page = true;
        }
    }
}

impl Window {
    /// The text on screen as it stands.
    pub fn texts(&mut self, app: &App) -> Texts {
        let window = Rectangle::new(iced::Point::ORIGIN, self.size);
        self.with_ui(app, |ui, renderer| {
            let mut op = Texts {
                window,
                ..Texts::default()
            };
            ui.operate(renderer, &mut op);
            op
        })
    }
}

/// The page's scrolling column: where it shows, its content, how far it is
/// scrolled.
type Page = (Rectangle, Rectangle, Vector);

/// Finds the focused control, and the page's scrolling column if it is in
/// it.
#[derive(Default)]
struct Focused {
    focused: Option<(Rectangle, Option<Page>)>,
    page: Option<Page>,
    entering_page: bool,
    inside_page: bool,
}

impl Operation for Focused {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let entered = std::mem::take(&mut self.entering_page);
        let was = self.inside_page;
        if entered {
            self.inside_page = true;
        }
        operate(self);
        self.inside_page = was;
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&frontdoor::ui::scroll::FOCUSED) && self.focused.is_none() {
            let page = if self.inside_page { self.page } else { None };
            self.focused = Some((bounds, page));
        }
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        content: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        if id == Some(&frontdoor::ui::scroll::PAGE) {
            self.page = Some((bounds, content, translation));
            self.entering_page = true;
        }
    }
}
