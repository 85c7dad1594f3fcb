//! What each resident or staff action does to the session: the one place
//! messages from the screen are turned into changes and effects.

use super::{App, Effect, Message, Screen};
use crate::i18n;
use crate::outbox::JourneyEvent;

impl App {
    pub(super) fn act(&mut self, message: Message, effects: &mut Vec<Effect>) {
        // While the idle warning shows, only its own button works.
        if self.warning_since.is_some() && !matches!(message, Message::StillHere) {
            return;
        }
        match message {
            Message::Key(_)
            | Message::Activity
            | Message::Tick(_)
            | Message::Frame
            | Message::Synced(_)
            | Message::CatalogueFetched(_) => {}
            Message::StillHere => {
                self.warning_since = None;
            }
            Message::ChooseLanguage(locale) => {
                self.languages_open = false;
                self.latin_keyboard = false;
                self.capitals = false;
                if i18n::is_known(&locale) {
                    self.locale = locale;
                    if let Screen::Journey(j) = &mut self.screen
                        && let Some(s) = self.catalogue.service(&j.service().code)
                    {
                        j.relocalise(s.localised(&self.locale));
                    }
                }
            }
            Message::ChooseSize(size) => self.size = size,
            Message::ChooseContrast(high) => self.high_contrast = high,
            Message::ToggleSpeech => self.toggle_speech(),
            m @ (Message::TitlePressed
            | Message::TitleReleased
            | Message::PinDigit(_)
            | Message::PinBackspace
            | Message::PinSubmit
            | Message::PinCancel
            | Message::SignedIn(_)
            | Message::StartAssisted
            | Message::SignOut) => self.staff_message(m, effects),
            m @ (Message::OpenHub
            | Message::HubPeriod(_)
            | Message::HubLoaded(_)
            | Message::RetrySubmission(_)
            | Message::ExportMeasures
            | Message::Exported(_)
            | Message::HubBook
            | Message::HubMove(_)
            | Message::HubCancel(_)
            | Message::HubCancelConfirm
            | Message::HubCancelKeep) => self.hub_message(m, effects),
            m @ (Message::ApptKind(_)
            | Message::ApptLoaded(_)
            | Message::ApptDay(_)
            | Message::ApptTime(_)
            | Message::ApptBook
            | Message::ApptDone(_)
            | Message::Cancelled(_)) => self.appointment_message(m, effects),
            Message::SwitchScript => {
                self.latin_keyboard = !self.latin_keyboard;
                self.capitals = false;
            }
            Message::Volume(up) => self.change_volume(up),
            Message::Start => self.screen = Screen::Services,
            Message::OpenGroup(g) => self.screen = Screen::Group(g),
            Message::OpenSearch => self.screen = Screen::Search(String::new()),
            Message::OpenProgress => self.screen = Screen::Progress(Box::default()),
            Message::LookedUp(found) => {
                if let Screen::Progress(p) = &mut self.screen {
                    p.looking = false;
                    p.result = Some(found);
                    // The answer is at the foot of the page: bring it into view.
                    effects.push(Effect::ShowEnd);
                }
            }
            Message::OpenService(code) => self.open_service(&code, effects),
            Message::Continue => self.continue_on(effects),
            Message::Back => self.back(effects),
            Message::StartAgain => {
                self.abandon(effects);
                self.wipe();
            }
            Message::Help => {
                if !self.help_asked {
                    self.help_asked = true;
                    effects.push(Effect::HelpRequested(
                        self.screen_name(),
                        self.service_code(),
                    ));
                }
            }
            Message::DismissHelp => self.help_asked = false,
            Message::OpenLanguages => self.languages_open = true,
            Message::CloseLanguages => self.languages_open = false,
            Message::Choose(key) => {
                if let Screen::Journey(j) = &mut self.screen {
                    j.choose(&key);
                }
            }
            Message::Toggle(key) => {
                if let Screen::Journey(j) = &mut self.screen {
                    j.toggle(&key);
                }
            }
            Message::DateStep(unit, delta) => {
                if let Screen::Journey(j) = &mut self.screen {
                    j.step_date(unit, delta);
                }
            }
            Message::DateDaysAgo(days) => {
                if let Screen::Journey(j) = &mut self.screen
                    && let Some(d) = j.today().checked_sub_signed(chrono::Duration::days(days))
                {
                    j.set_date(d);
                }
            }
            Message::Type(text) => match &mut self.screen {
                Screen::Journey(j) => j.type_text(&text),
                Screen::Search(q) if q.chars().count() < 60 => {
                    q.extend(text.chars().filter(|c| !c.is_control()));
                }
                Screen::Progress(p) => p.type_text(&text),
                _ => {}
            },
            Message::Backspace => match &mut self.screen {
                Screen::Journey(j) => j.backspace(),
                Screen::Search(q) => {
                    q.pop();
                }
                Screen::Progress(p) => {
                    p.input.pop();
                    p.problem = None;
                    p.result = None;
                }
                _ => {}
            },
            Message::ClearField => match &mut self.screen {
                Screen::Journey(j) => j.clear_field(),
                Screen::Search(q) => q.clear(),
                Screen::Progress(p) => {
                    p.input.clear();
                    p.problem = None;
                    p.result = None;
                }
                _ => {}
            },
            Message::Shift => self.capitals = !self.capitals,
            Message::ToggleKeyboard => self.keyboard_hidden = !self.keyboard_hidden,
            Message::FocusField => {
                let (actions, _) = self.actions();
                self.focus = actions
                    .iter()
                    .position(|a| matches!(a, Message::FocusField));
            }
            Message::NoPostcode => {
                if let Screen::Journey(j) = &mut self.screen {
                    j.no_postcode();
                }
            }
            Message::Change(step) => {
                if let Screen::Journey(j) = &mut self.screen {
                    j.change(step);
                }
            }
            Message::Saved(result) => self.saved(result, effects),
            Message::RetrySave => {
                if let Screen::SaveFailed { journey, .. } = &self.screen {
                    let journey = journey.clone();
                    self.save(journey, effects);
                }
            }
            Message::Printed(outcome) => match &mut self.screen {
                Screen::Confirmation { printing, .. } => *printing = Some(outcome),
                Screen::Progress(p) => {
                    p.printing = false;
                    p.printed = Some(outcome);
                }
                _ => {}
            },
            Message::PrintAgain => match &mut self.screen {
                Screen::Confirmation { printing, .. } if printing.is_some() => {
                    *printing = None;
                    effects.push(self.print_effect());
                }
                Screen::Progress(p) if !p.printing => {
                    if let Some(reference) = p.found_here().cloned() {
                        p.printing = true;
                        p.printed = None;
                        // A reprint by signed-in staff goes in the audit log.
                        if let Some(staff) = &self.staff_signed_in {
                            effects.push(Effect::Audit(
                                Some(staff.clone()),
                                "reprint",
                                Some(reference.as_str().to_string()),
                            ));
                        }
                        effects.push(Effect::PrintStored(reference, self.locale.clone()));
                    }
                }
                _ => {}
            },
            Message::Rate(rating) => match &mut self.screen {
                Screen::Confirmation { service, rated, .. } => {
                    if rated.is_none() {
                        effects.push(Effect::Rate(service.code.clone(), rating));
                    }
                    *rated = Some(rating);
                }
                Screen::Signpost { code, rated } => {
                    if rated.is_none() {
                        effects.push(Effect::Rate(code.clone(), rating));
                    }
                    *rated = Some(rating);
                }
                _ => {}
            },
            Message::Finish => {
                if let Screen::Confirmation {
                    slip: Some(slip), ..
                } = &self.screen
                    && slip.by_staff
                    && self.may_see_hub()
                {
                    // Staff who booked for a resident go back to their view.
                    self.act(Message::OpenHub, effects);
                    return;
                }
                if let Screen::Signpost { code, .. } = &self.screen {
                    effects.push(Effect::Journey(
                        code.clone(),
                        JourneyEvent::Completed,
                        None,
                        self.locale.clone(),
                        self.assisted,
                    ));
                }
                self.wipe();
            }
        }
    }
}
