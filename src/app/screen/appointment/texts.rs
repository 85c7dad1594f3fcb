//! The texts page of a booking: "Text me the details" and "Remind me by
//! text the day before", each unticked until the resident ticks it, and a
//! mobile number once either is ticked. Shown only when the terminal has
//! the GOV.UK Notify templates for them; the number is checked as a UK
//! mobile before the check page, and only what was ticked is ever sent.

use super::Message;
use crate::app::widgets::{El, Input, choice, field};
use crate::notify::{Consent, Contact, ContactError};
use crate::ui::{Ctx, Kind};
use iced::widget::column;

/// A choice on the texts page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// "Text me the details".
    Details,
    /// "Remind me by text the day before".
    Reminder,
}

impl Choice {
    fn label_id(self) -> &'static str {
        match self {
            Choice::Details => "appt-text-details",
            Choice::Reminder => "consent-remind",
        }
    }
}

/// What the texts page holds.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    /// What this terminal can send.
    pub offer: Consent,
    /// What the resident ticked.
    pub chosen: Consent,
    /// The mobile number as typed.
    pub mobile: String,
    /// Why Continue did not go on.
    pub problem: Option<ContactError>,
}

impl Texts {
    /// The texts page for a booking in `locale`; `None` offered when the
    /// terminal sends no booking texts.
    pub fn offered(config: &crate::config::Config, locale: &str) -> Texts {
        let offer = crate::notify::offer_for_appointment(config, locale);
        Texts {
            offer: Consent {
                email_reference: false,
                updates: false,
                ..offer
            },
            ..Texts::default()
        }
    }

    /// Whether the page is shown at all.
    pub fn is_offered(&self) -> bool {
        self.offer.text_reference || self.offer.remind_day_before
    }

    fn choices(&self) -> Vec<Choice> {
        let mut c = Vec::new();
        if self.offer.text_reference {
            c.push(Choice::Details);
        }
        if self.offer.remind_day_before {
            c.push(Choice::Reminder);
        }
        c
    }

    fn ticked(&self, c: Choice) -> bool {
        match c {
            Choice::Details => self.chosen.text_reference,
            Choice::Reminder => self.chosen.remind_day_before,
        }
    }

    /// Ticks or unticks a choice.
    pub fn toggle(&mut self, c: Choice) {
        if !self.choices().contains(&c) {
            return;
        }
        let slot = match c {
            Choice::Details => &mut self.chosen.text_reference,
            Choice::Reminder => &mut self.chosen.remind_day_before,
        };
        *slot = !*slot;
        self.problem = None;
    }

    /// Typing into the number.
    pub fn input(&mut self, input: Input) {
        match input {
            Input::Type(t) => self.mobile.extend(
                t.chars()
                    .filter(|c| crate::journey::FieldKind::Phone.accepts(*c)),
            ),
            Input::Backspace => {
                self.mobile.pop();
            }
            Input::Clear => self.mobile.clear(),
            Input::Focus => {}
        }
    }

    /// Whether the number field shows (something is ticked).
    pub fn wants_number(&self) -> bool {
        self.chosen.any()
    }

    /// Continue: the number must be a UK mobile when a text is ticked.
    pub fn check(&mut self) -> bool {
        self.problem = crate::notify::check_contact(&self.chosen, &self.contact()).err();
        self.problem.is_none()
    }

    /// The number as typed, for the store.
    pub fn contact(&self) -> Contact {
        Contact {
            mobile: Some(self.mobile.clone()).filter(|m| !m.trim().is_empty()),
            email: None,
        }
    }

    /// The Fluent ids of what was ticked, for the check page and the slip.
    pub fn label_ids(&self) -> Vec<&'static str> {
        self.choices()
            .into_iter()
            .filter(|c| self.ticked(*c))
            .map(Choice::label_id)
            .collect()
    }

    /// Draws the page; returns whether the keyboard is wanted.
    pub fn view(&self, ctx: &Ctx<'_, Message>, body: &mut Vec<El<Message>>) -> bool {
        body.push(ctx.heading(ctx.t("appt-texts-heading")).into());
        body.push(ctx.hint(ctx.t("notices-hint")).into());
        if let Some(p) = self.problem {
            body.push(crate::app::widgets::error_box(ctx, &ctx.t(p.message_id())));
        }
        let options: Vec<El<Message>> = self
            .choices()
            .into_iter()
            .map(|c| {
                choice(
                    ctx,
                    &ctx.t(c.label_id()),
                    self.ticked(c),
                    true,
                    Message::Text(c),
                )
            })
            .collect();
        body.push(
            column(options)
                .spacing(ctx.px(12.0))
                .align_x(ctx.start())
                .into(),
        );
        if self.wants_number() {
            body.push(ctx.subheading(ctx.t("phone-heading")).into());
            body.push(ctx.hint(ctx.t("appt-texts-mobile-hint")).into());
            body.push(field(
                ctx,
                &self.mobile,
                false,
                self.problem.is_some(),
                Message::Field(Input::Focus),
            ));
        }
        body.push(ctx.button(ctx.t("continue"), Message::TextsDone, Kind::Primary));
        self.wants_number()
    }
}
