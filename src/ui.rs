//! Look and feel shared by every screen: colours, text sizes, big buttons with
//! a clear focus outline, and the view context that keeps keypad focus order
//! identical to what is drawn.

pub mod button;
pub mod chart;
pub mod icon;
pub mod keyboard;
pub mod keys;
pub mod qr;
pub mod scroll;

use iced::widget::{column, container, row, text};
use iced::{Alignment, Background, Border, Color, Element, Font, Length, Shadow, font};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use button::{Kind, button_style};
pub use icon::globe;

/// The shipped fonts, loaded by the app so no glyph depends on the host.
pub const FONTS: &[&[u8]] = crate::fonts::ALL;

/// The id on the box around every control, for finding touch targets.
pub const CONTROL: &str = "control";

/// The body font.
pub const BODY: Font = Font::with_name(crate::fonts::FAMILY);
/// The heading font.
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..BODY
};

/// Text size chosen by the resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum TextSize {
    /// Standard.
    #[default]
    Standard,
    /// Large.
    Large,
    /// Largest.
    Largest,
}

/// A size for the on-screen keyboard at `size`: keys grow less than text
/// does (see [`Ctx::key_px`]).
pub fn key_px(size: TextSize, base: f32) -> f32 {
    (base * size.scale().min(1.15)).round()
}

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::Largest];

    /// Multiplier on every text size and most spacing.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Standard => 1.0,
            TextSize::Large => 1.3,
            TextSize::Largest => 1.6,
        }
    }

    /// The Fluent id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            TextSize::Standard => "size-standard",
            TextSize::Large => "size-large",
            TextSize::Largest => "size-largest",
        }
    }
}

/// The colours of a theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Page background.
    pub background: Color,
    /// Body text.
    pub text: Color,
    /// Hints and secondary text.
    pub secondary: Color,
    /// The header band.
    pub band: Color,
    /// Text on the header band.
    pub on_band: Color,
    /// Main action buttons.
    pub primary: Color,
    /// Text on main action buttons.
    pub on_primary: Color,
    /// Other buttons.
    pub neutral: Color,
    /// Text on other buttons.
    pub on_neutral: Color,
    /// Borders of fields and choices.
    pub border: Color,
    /// Errors.
    pub error: Color,
    /// The focus highlight.
    pub focus: Color,
    /// Text on the focus highlight.
    pub on_focus: Color,
    /// A chosen option.
    pub selected: Color,
    /// Text on a chosen option.
    pub on_selected: Color,
    /// The outer edge of the focus highlight, seen against the page.
    pub focus_edge: Color,
    /// Behind the on-screen keyboard.
    pub dock: Color,
    /// Inside an inset note.
    pub inset: Color,
    /// Inside the text field being typed into.
    pub field_focus: Color,
    /// Lines between rows.
    pub rule: Color,
    /// The inside of an unticked box or radio mark.
    pub mark: Color,
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

impl Palette {
    /// The standard theme: dark text on white.
    pub const STANDARD: Palette = Palette {
        background: rgb(0xFFFFFF),
        text: rgb(0x0B0C0C),
        secondary: rgb(0x484949),
        band: rgb(0x0B0C0C),
        on_band: rgb(0xFFFFFF),
        primary: rgb(0x00703C),
        on_primary: rgb(0xFFFFFF),
        neutral: rgb(0xE8E8E6),
        on_neutral: rgb(0x0B0C0C),
        border: rgb(0x0B0C0C),
        error: rgb(0xC4311A),
        focus: rgb(0xFFDD00),
        on_focus: rgb(0x0B0C0C),
        selected: rgb(0x1D70B8),
        on_selected: rgb(0xFFFFFF),
        focus_edge: rgb(0x0B0C0C),
        dock: rgb(0xDDDDDB),
        inset: rgb(0xF3F2F1),
        field_focus: rgb(0xFFFBE0),
        rule: rgb(0xB1B4B6),
        mark: rgb(0xFFFFFF),
    };

    /// The high-contrast theme: light on black, for low vision and glare.
    pub const HIGH_CONTRAST: Palette = Palette {
        background: rgb(0x000000),
        text: rgb(0xFFFFFF),
        secondary: rgb(0xE6E6E6),
        band: rgb(0x000000),
        on_band: rgb(0xFFFF00),
        primary: rgb(0xFFFF00),
        on_primary: rgb(0x000000),
        neutral: rgb(0x1F1F1F),
        on_neutral: rgb(0xFFFFFF),
        border: rgb(0xFFFFFF),
        error: rgb(0xFF9E9E),
        focus: rgb(0x00FFFF),
        on_focus: rgb(0x000000),
        selected: rgb(0xFFFFFF),
        on_selected: rgb(0x000000),
        focus_edge: rgb(0x00FFFF),
        dock: rgb(0x1F1F1F),
        inset: rgb(0x141414),
        field_focus: rgb(0x1F1F1F),
        rule: rgb(0xBFBFBF),
        mark: rgb(0x000000),
    };

    /// The iced theme built on this palette.
    pub fn theme(self) -> iced::Theme {
        iced::Theme::custom(
            "Frontdoor".to_string(),
            iced::theme::Palette {
                background: self.background,
                text: self.text,
                primary: self.primary,
                success: self.primary,
                warning: self.focus,
                danger: self.error,
            },
        )
    }
}

/// A box with a coloured border on the reading side, for errors and notes.
pub fn boxed(p: Palette, edge: Color, fill: Color) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        text_color: Some(p.text),
        background: Some(Background::Color(fill)),
        border: Border {
            color: edge,
            width: 5.0,
            radius: 0.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A filled panel, such as the confirmation panel or the header band.
pub fn panel(fill: Color, ink: Color) -> impl Fn(&iced::Theme) -> container::Style {
    move |_| container::Style {
        text_color: Some(ink),
        background: Some(Background::Color(fill)),
        border: Border::default(),
        shadow: Shadow::default(),
        snap: true,
    }
}

/// Everything a view needs to draw a screen, and the record of focusable
/// controls in the order they are drawn.
///
/// A screen draws with a context of its own message type, made by
/// [`Ctx::map`] from its parent's: every control it registers is recorded
/// as the root's message, so keypad focus order spans the whole window
/// while each screen only knows its own messages.
pub struct Ctx<'a, M> {
    /// The resident's language.
    pub locale: &'a str,
    /// The chosen text size.
    pub size: TextSize,
    /// The theme's colours.
    pub palette: Palette,
    /// Right-to-left layout.
    pub rtl: bool,
    record: Rc<Record>,
    lift: Rc<dyn Fn(M) -> Box<dyn Any>>,
}

/// What one view pass registered, shared by a context and those mapped
/// from it.
#[derive(Default)]
struct Record {
    focus: Option<usize>,
    count: Cell<usize>,
    primary: Cell<Option<usize>>,
    in_content: Cell<bool>,
    actions: RefCell<Vec<Box<dyn Any>>>,
    words: RefCell<Vec<String>>,
    page_words: RefCell<Vec<String>>,
    alerts: RefCell<Vec<String>>,
}

/// What a screen would say aloud: its headings and questions, its errors,
/// and the words of each control in focus order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spoken {
    /// Headings and questions, top to bottom.
    pub page: Vec<String>,
    /// Errors showing now.
    pub alerts: Vec<String>,
    /// Each control's words, in focus order.
    pub controls: Vec<String>,
}

impl<'a, M: Clone + 'static> Ctx<'a, M> {
    /// The same context drawing in another theme.
    pub fn with_palette(mut self, palette: Palette) -> Self {
        self.palette = palette;
        self
    }

    /// A context for one view pass. `focus` is the index of the focused
    /// control, if any.
    pub fn new(locale: &'a str, size: TextSize, focus: Option<usize>) -> Self {
        Ctx {
            locale,
            size,
            palette: Palette::STANDARD,
            rtl: crate::i18n::is_rtl(locale),
            record: Rc::new(Record {
                focus,
                ..Record::default()
            }),
            lift: Rc::new(|m: M| Box::new(m) as Box<dyn Any>),
        }
    }

    /// A context for a part drawn with its own messages, each turned into
    /// this context's message by `f`. Focus and speech are shared.
    pub fn map<C: Clone + 'static>(&self, f: impl Fn(C) -> M + 'static) -> Ctx<'a, C> {
        let lift = self.lift.clone();
        Ctx {
            locale: self.locale,
            size: self.size,
            palette: self.palette,
            rtl: self.rtl,
            record: self.record.clone(),
            lift: Rc::new(move |c: C| lift(f(c))),
        }
    }

    /// A message in the resident's language.
    pub fn t(&self, id: &str) -> String {
        crate::i18n::t(self.locale, id)
    }

    /// A message with variables.
    pub fn ta(&self, id: &str, args: &[(&str, crate::i18n::Arg)]) -> String {
        crate::i18n::t_args(self.locale, id, args)
    }

    /// A size scaled to the chosen text size.
    pub fn px(&self, base: f32) -> f32 {
        (base * self.size.scale()).round()
    }

    /// A size for the on-screen keyboard. Its keys grow less than text does
    /// (they are already far bigger than a fingertip), so that at the largest
    /// text size the question and the field still fit above it.
    pub fn key_px(&self, base: f32) -> f32 {
        key_px(self.size, base)
    }

    /// Marks the start of the page's own content: the first control after
    /// this gets focus when the page opens.
    pub fn begin_content(&self) {
        self.record.in_content.set(true);
    }

    /// Registers a focusable control; returns whether it has focus.
    pub fn register(&self, action: M, words: &str) -> bool {
        let r = &self.record;
        r.words.borrow_mut().push(words.to_string());
        let index = r.count.get();
        r.count.set(index + 1);
        if r.in_content.get() && r.primary.get().is_none() {
            r.primary.set(Some(index));
        }
        r.actions.borrow_mut().push((self.lift)(action));
        r.focus == Some(index)
    }

    /// The controls registered, in focus order, as this context's
    /// messages (call it on the context the pass began with).
    pub fn into_actions(self) -> (Vec<M>, Option<usize>) {
        let actions = self
            .record
            .actions
            .take()
            .into_iter()
            .filter_map(|a| a.downcast::<M>().ok().map(|m| *m))
            .collect();
        (actions, self.record.primary.get())
    }

    /// What the screen drawn with this context would say aloud.
    pub fn into_spoken(self) -> Spoken {
        Spoken {
            page: self.record.page_words.take(),
            alerts: self.record.alerts.take(),
            controls: self.record.words.take(),
        }
    }

    /// Words read aloud when the page opens, after its headings so far.
    pub fn speak(&self, words: impl Into<String>) {
        self.record.page_words.borrow_mut().push(words.into());
    }

    /// An error read aloud when it appears.
    pub fn alert(&self, words: impl Into<String>) {
        self.record.alerts.borrow_mut().push(words.into());
    }

    /// Body text.
    pub fn body(&self, content: impl Into<String>) -> iced::widget::Text<'static> {
        text(content.into())
            .size(self.px(22.0))
            .font(BODY)
            .shaping(text::Shaping::Advanced)
            .line_height(1.35)
    }

    /// Secondary text such as hints.
    pub fn hint(&self, content: impl Into<String>) -> iced::widget::Text<'static> {
        let c = self.palette.secondary;
        self.body(content).color(c)
    }

    /// A page heading.
    pub fn heading(&self, content: impl Into<String>) -> iced::widget::Text<'static> {
        let content = content.into();
        self.speak(content.clone());
        text(content)
            .size(self.px(38.0))
            .font(BOLD)
            .shaping(text::Shaping::Advanced)
            .line_height(1.2)
    }

    /// A smaller heading.
    pub fn subheading(&self, content: impl Into<String>) -> iced::widget::Text<'static> {
        text(content.into())
            .size(self.px(27.0))
            .font(BOLD)
            .shaping(text::Shaping::Advanced)
            .line_height(1.25)
    }

    /// A row that reads in the resident's direction.
    pub fn row(&self, mut children: Vec<Element<'static, M>>) -> iced::widget::Row<'static, M> {
        if self.rtl {
            children.reverse();
        }
        row(children)
    }

    /// A column of blocks with the standard spacing.
    pub fn stack(&self, children: Vec<Element<'static, M>>) -> iced::widget::Column<'static, M> {
        column(children).spacing(self.px(18.0))
    }

    /// The reading edge: where rows and lines start (the right for
    /// right-to-left languages).
    pub fn start(&self) -> Alignment {
        if self.rtl {
            Alignment::End
        } else {
            Alignment::Start
        }
    }

    /// Text that fills its row, its lines starting at the reading edge. (A
    /// right-aligned text widget misplaces Arabic; a container aligned right
    /// does not.)
    pub fn fill_text(&self, content: iced::widget::Text<'static>) -> Element<'static, M> {
        container(content)
            .width(Length::Fill)
            .align_x(self.start())
            .into()
    }

    /// Aligns a block to the reading side (right for right-to-left).
    pub fn reading_side(&self, content: impl Into<Element<'static, M>>) -> Element<'static, M> {
        let c = container(content).width(Length::Fill);
        if self.rtl {
            c.align_right(Length::Fill).into()
        } else {
            c.into()
        }
    }
}
