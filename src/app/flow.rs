//! Moving through a session: opening a service, Continue, saving a
//! submission, the confirmation's receipt, Back, and the names of screens
//! and steps recorded with measures.

use super::{App, Effect, Screen, ServiceKind};
use crate::journey::{Journey, Outcome, Step};
use crate::outbox::{JourneyEvent, NewSubmission, Stored};
use crate::reference::Reference;
use std::sync::Arc;

impl App {
    pub(super) fn open_service(&mut self, code: &str, effects: &mut Vec<Effect>) {
        let Some(service) = self.catalogue.service(code).cloned() else {
            return;
        };
        if service.champion_only && !self.assisted {
            return;
        }
        effects.push(Effect::Journey(
            code.to_string(),
            JourneyEvent::Started,
            None,
            self.locale.clone(),
            self.assisted,
        ));
        if service.kind == ServiceKind::Appointment {
            self.open_appointment(&service);
            return;
        }
        if service.kind == ServiceKind::Signpost {
            self.screen = Screen::Signpost {
                code: code.to_string(),
                rated: None,
            };
            return;
        }
        let today = self.wall_clock().with_timezone(&chrono::Local).date_naive();
        self.screen = Screen::Journey(Box::new(Journey::new(
            service.localised(&self.locale),
            today,
        )));
    }

    pub(super) fn continue_on(&mut self, effects: &mut Vec<Effect>) {
        if matches!(self.screen, Screen::Welcome) {
            self.screen = Screen::Services;
        } else if let Screen::Progress(p) = &mut self.screen {
            match Reference::parse(p.candidate()) {
                Ok(reference) => {
                    p.problem = None;
                    p.result = None;
                    p.looking = true;
                    effects.push(Effect::LookUp(reference));
                }
                Err(problem) => p.problem = Some(problem),
            }
        } else if let Screen::Journey(j) = &mut self.screen
            && j.continue_on() == Outcome::Submit
        {
            let journey = j.clone();
            self.save(journey, effects);
        }
    }

    pub(super) fn save(&mut self, journey: Box<Journey>, effects: &mut Vec<Effect>) {
        let Some(submission) = journey.submission() else {
            return;
        };
        effects.push(Effect::Save(NewSubmission {
            submission,
            service_type: journey.service().service_type,
            locale: self.locale.clone(),
            assisted: self.assisted,
        }));
        self.screen = Screen::Saving(journey);
    }

    pub(super) fn saved(
        &mut self,
        result: Result<Box<Stored>, Arc<String>>,
        effects: &mut Vec<Effect>,
    ) {
        let Screen::Saving(journey) = &self.screen else {
            return;
        };
        match result.and_then(|s| {
            Reference::parse(&s.reference)
                .map(|r| (r, s.created_at))
                .map_err(|e| Arc::new(e.to_string()))
        }) {
            Ok((reference, saved_at)) => {
                effects.push(Effect::Journey(
                    journey.service().code.clone(),
                    JourneyEvent::Completed,
                    None,
                    self.locale.clone(),
                    self.assisted,
                ));
                let payload = crate::receipt::qr::payload(
                    self.config.backend.tracking_url.as_deref(),
                    reference.as_str(),
                );
                let qr = crate::ui::qr::Code::new(&payload);
                self.screen = Screen::Confirmation {
                    reference,
                    service: Box::new(journey.service().clone()),
                    saved_at,
                    qr,
                    printing: None,
                    rated: None,
                    slip: None,
                };
                effects.push(self.print_effect());
            }
            Err(reason) => {
                // For staff and the terminal's journal; the resident sees plain words.
                eprintln!("frontdoor: a submission could not be saved: {reason}");
                self.screen = Screen::SaveFailed {
                    journey: journey.clone(),
                    reason: reason.to_string(),
                };
            }
        }
    }

    /// Prints the receipt of the confirmation on screen.
    pub(super) fn print_effect(&self) -> Effect {
        match &self.screen {
            Screen::Confirmation {
                reference,
                saved_at,
                slip: Some(slip),
                ..
            } => Effect::Print(
                Box::new(crate::receipt::Receipt::for_booking(
                    &self.config,
                    self.diary.as_ref().and_then(|d| d.kind(&slip.kind)),
                    reference,
                    &self.locale,
                    *saved_at,
                    crate::receipt::Appointment {
                        starts: slip.starts,
                        place: self.config.kiosk.site_name.clone(),
                        bring: None,
                        provisional: slip.provisional,
                    },
                )),
                reference.as_str().to_string(),
            ),
            Screen::Confirmation {
                reference,
                service,
                saved_at,
                ..
            } => Effect::Print(
                Box::new(crate::receipt::Receipt::for_submission(
                    &self.config,
                    &self.catalogue,
                    reference,
                    &service.code,
                    &self.locale,
                    *saved_at,
                )),
                reference.as_str().to_string(),
            ),
            _ => Effect::Reveal,
        }
    }

    pub(super) fn back(&mut self, effects: &mut Vec<Effect>) {
        match &mut self.screen {
            Screen::Welcome => {}
            Screen::Services => self.screen = Screen::Welcome,
            Screen::Group(_) | Screen::Search(_) | Screen::Progress(_) | Screen::Hub(_) => {
                self.screen = Screen::Services
            }
            Screen::Journey(j) => {
                if !j.back() {
                    let group = j.service().group.clone();
                    self.abandon(effects);
                    self.screen = Screen::Group(group);
                }
            }
            Screen::Signpost { code, .. } => {
                let group = self
                    .catalogue
                    .service(code)
                    .map(|s| s.group.clone())
                    .unwrap_or_default();
                self.screen = Screen::Group(group);
            }
            Screen::SaveFailed { journey, .. } => self.screen = Screen::Journey(journey.clone()),
            Screen::Appointment(_) => {
                if !self.appointment_back() {
                    self.leave_appointment(effects);
                }
            }
            // Saving cannot be interrupted; after confirmation there is no going back.
            Screen::Saving(_) | Screen::Confirmation { .. } => {}
        }
    }

    /// The name of the current screen, as recorded with help requests.
    pub fn screen_name(&self) -> &'static str {
        match &self.screen {
            Screen::Welcome => "welcome",
            Screen::Services => "services",
            Screen::Group(_) => "group",
            Screen::Search(_) => "search",
            Screen::Progress(_) => "progress",
            Screen::Hub(_) => "hub",
            Screen::Journey(j) if j.step() == Step::Check => "check-answers",
            Screen::Journey(_) => "question",
            Screen::Appointment(_) => "appointment",
            Screen::Signpost { .. } => "signpost",
            Screen::Saving(_) => "saving",
            Screen::SaveFailed { .. } => "save-failed",
            Screen::Confirmation { .. } => "confirmation",
        }
    }

    pub(super) fn service_code(&self) -> Option<String> {
        match &self.screen {
            Screen::Journey(j) | Screen::Saving(j) | Screen::SaveFailed { journey: j, .. } => {
                Some(j.service().code.clone())
            }
            Screen::Signpost { code, .. } => Some(code.clone()),
            Screen::Appointment(b) => b.service.clone(),
            Screen::Confirmation { service, .. } => Some(service.code.clone()),
            _ => None,
        }
    }
}

/// The journey's current page, as a name for measures (no answers in it).
pub(super) fn step_name(j: &Journey) -> String {
    match j.step() {
        Step::Question(i) | Step::Info(i) => {
            format!(
                "question:{}",
                j.service()
                    .attributes
                    .get(i)
                    .map(|a| a.code.as_str())
                    .unwrap_or("?")
            )
        }
        other => format!("{other:?}").to_lowercase(),
    }
}
