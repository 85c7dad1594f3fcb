//! Big buttons: what each kind is for and its colours, and the view
//! context's buttons, each registered for keypad focus and carrying the
//! id tests find touch targets by.

use super::{BODY, BOLD, CONTROL, Ctx, Palette, keyboard, scroll};
use iced::widget::{button, container, text};
use iced::{Background, Border, Color, Element, Length, Padding, Shadow};

/// What a button is for, which sets its colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The main action of a page (Continue, Start, Send).
    Primary,
    /// Any other action.
    Secondary,
    /// An option that can be chosen, shown as chosen or not.
    Choice {
        /// Currently chosen.
        selected: bool,
    },
    /// A key of the on-screen keyboard.
    Key,
    /// A button on the header band.
    Band,
}

/// Button colours for a kind, with the focus outline when focused and a
/// visible change when pressed.
pub fn button_style(
    p: Palette,
    kind: Kind,
    focused: bool,
) -> impl Fn(&iced::Theme, button::Status) -> button::Style {
    move |_theme, status| {
        let (bg, fg, edge) = match kind {
            Kind::Primary => (p.primary, p.on_primary, p.primary),
            Kind::Secondary | Kind::Key => (p.neutral, p.on_neutral, p.border),
            Kind::Choice { selected: true } => (p.selected, p.on_selected, p.selected),
            Kind::Choice { selected: false } => (p.background, p.text, p.border),
            Kind::Band => (p.band, p.on_band, p.on_band),
        };
        let (bg, fg, edge, width) = if focused && kind == (Kind::Choice { selected: true }) {
            // Keep showing that it is chosen: the chosen colour inside a
            // thick focus-coloured ring.
            (bg, fg, p.focus, 6.0)
        } else if focused {
            (p.focus, p.on_focus, p.focus_edge, 5.0)
        } else {
            (bg, fg, edge, 2.0)
        };
        let bg = match status {
            button::Status::Pressed => mix(bg, fg, 0.25),
            button::Status::Hovered => mix(bg, fg, 0.08),
            _ => bg,
        };
        button::Style {
            background: Some(Background::Color(bg)),
            text_color: fg,
            border: Border {
                color: edge,
                width,
                radius: 6.0.into(),
            },
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

fn mix(a: Color, b: Color, t: f32) -> Color {
    Color {
        r: a.r + (b.r - a.r) * t,
        g: a.g + (b.g - a.g) * t,
        b: a.b + (b.b - a.b) * t,
        a: 1.0,
    }
}

impl<M: Clone + 'static> Ctx<'_, M> {
    /// A big button with a text label, registered for keypad focus.
    pub fn button(&self, label: impl Into<String>, action: M, kind: Kind) -> Element<'static, M> {
        let label = label.into();
        let focused = self.register(action.clone(), &label);
        // The keyboard and the header band grow less with the text size, so
        // they keep fitting across the screen.
        let size = if matches!(kind, Kind::Key | Kind::Band) {
            self.key_px(keyboard::KEY_TEXT)
        } else {
            self.px(24.0)
        };
        let label = text(label)
            .size(size)
            .font(if kind == Kind::Primary { BOLD } else { BODY })
            .shaping(text::Shaping::Advanced);
        self.raw_button(label.into(), action, kind, focused)
    }

    /// A big button with a text label, `width` wide with its words in the
    /// middle, for buttons that line up in a column (such as the date
    /// steppers).
    pub fn button_sized(
        &self,
        label: impl Into<String>,
        action: M,
        kind: Kind,
        width: f32,
    ) -> Element<'static, M> {
        let label = label.into();
        let focused = self.register(action.clone(), &label);
        let label = text(label)
            .size(self.px(24.0))
            .font(BODY)
            .shaping(text::Shaping::Advanced);
        let inner = container(label).center_x(Length::Fill);
        button(inner)
            .width(Length::Fixed(width))
            .on_press(action.clone())
            .padding(Padding::from([self.px(14.0), self.px(22.0)]))
            .style(button_style(self.palette, kind, focused))
            .into_control(focused)
    }

    /// A big button with any content, registered for keypad focus.
    pub fn button_with(
        &self,
        content: Element<'static, M>,
        words: impl Into<String>,
        action: M,
        kind: Kind,
    ) -> Element<'static, M> {
        let focused = self.register(action.clone(), &words.into());
        self.raw_button(content, action, kind, focused)
    }

    fn raw_button(
        &self,
        content: Element<'static, M>,
        action: M,
        kind: Kind,
        focused: bool,
    ) -> Element<'static, M> {
        let pad = match kind {
            Kind::Key => Padding::from([
                self.key_px(keyboard::KEY_PAD_Y),
                self.key_px(keyboard::KEY_PAD_X),
            ]),
            Kind::Band => Padding::from([self.key_px(12.0), self.key_px(18.0)]),
            _ => Padding::from([self.px(14.0), self.px(22.0)]),
        };
        let inner = match kind {
            Kind::Key => container(content).center_x(Length::Fill),
            // Full-width choices start their words at the reading edge.
            Kind::Choice { .. } => container(content)
                .center_y(Length::Shrink)
                .width(Length::Fill)
                .align_x(self.start()),
            _ => container(content).center_y(Length::Shrink),
        };
        let mut b = button(inner);
        if matches!(kind, Kind::Key | Kind::Choice { .. }) {
            b = b.width(Length::Fill);
        }
        b.on_press(action)
            .padding(pad)
            .style(button_style(self.palette, kind, focused))
            .into_control(focused)
    }
}

/// A button made a control: the id every control carries (so tests can
/// find each touch target), and the focus id when it has the focus.
trait IntoControl<M> {
    fn into_control(self, focused: bool) -> Element<'static, M>;
}

impl<M: Clone + 'static> IntoControl<M> for iced::widget::Button<'static, M> {
    fn into_control(self, focused: bool) -> Element<'static, M> {
        let b: Element<'static, M> = container(self).id(CONTROL).into();
        if focused {
            container(b).id(scroll::FOCUSED).into()
        } else {
            b
        }
    }
}
