//! The root's update: routes each message to the screen, the session, the
//! staff controls or the idle timer, and carries out the [`Action`]s that
//! come back. Background answers are routed here too: they never count as
//! the resident's activity, are never dropped by the idle warning, and are
//! ignored once the session that asked has ended.

use super::effect::{Effect, Outcome, Paid, Pay, Record, Started};
use super::message::{Done, KeyboardKey, Message};
use super::screen::action::{Action, Measure};
use super::screen::{self, Screen};
use super::session::{Change, Session};
use super::worker::Event;
use super::{App, Out, Scroll, staff};
use crate::i18n;
use std::time::{Duration, Instant};

impl App {
    /// Handles one message; returns the effects and scrolling it asks for.
    pub(super) fn handle(&mut self, message: Message) -> Out {
        let mut out = Out::default();
        let paying = (self.session.id, self.screen.live_payment().cloned());
        let by_hand = message.is_resident() && !matches!(message, Message::Activity);
        match message {
            Message::Tick(now) => self.tick(now, &mut out),
            Message::Poll => {
                let action = self.screen.poll();
                self.apply(action, &mut out);
            }
            Message::Frame => self.frame_drawn(),
            Message::Scrolled => {}
            Message::Done(done) => self.done(done, &mut out),
            Message::Worker(event) => self.worker_event(event),
            Message::Fleet(found) => self.fleet_found(found),
            Message::Activity => self.touched(),
            Message::Key(key) => {
                self.touched();
                self.key(key, &mut out);
            }
            other => {
                self.touched();
                self.act(other, &mut out);
            }
        }
        // A payment under way whose page went (Start again, the idle
        // timeout, a sign-out) is stopped, for the session that made it.
        if let (session, Some(payment_id)) = paying
            && !self.screen.follows(&payment_id)
        {
            out.effects
                .push((session, Effect::Pay(Pay::WalkAway { payment_id })));
        }
        let settled = self.settle_focus();
        if settled.new_page {
            out.scroll.push(Scroll::NewPage);
        } else if by_hand && out.scroll.is_empty() && settled.on_field {
            // Typing, or a tap that put an error above the field: the field
            // stays in view, above the on-screen keyboard; on the search,
            // at the top, so the services found show under it.
            out.scroll.push(if self.screen.answers_below_field() {
                Scroll::FieldToTop
            } else {
                Scroll::Reveal
            });
        }
        self.announce();
        out
    }

    pub(super) fn push(&self, out: &mut Out, effect: Effect) {
        out.effects.push((self.session.id, effect));
    }

    fn touched(&mut self) {
        self.idle.last_activity = Instant::now();
        // A hold on the idle timer starts afresh after the resident's own
        // doing.
        self.idle.held_since = None;
        self.idle.now = self.idle.now.max(self.idle.last_activity);
    }

    /// A tap or key from the resident or staff. While the idle warning
    /// shows, only its own button works.
    pub(super) fn act(&mut self, message: Message, out: &mut Out) {
        if self.idle.warning_since.is_some() && !matches!(message, Message::StillHere) {
            return;
        }
        let s = &mut self.session;
        match message {
            Message::StillHere => self.idle.warning_since = None,
            Message::Screen(m) => {
                if m.is_field_focus() {
                    let (actions, _) = self.actions();
                    self.focus = actions.iter().position(Message::is_field_focus);
                }
                let action = self.on_screen(|screen, env| screen.update(m, env));
                self.apply(action, out);
            }
            Message::Field(input) => {
                let action = self.on_screen(|screen, env| screen.input(input, env));
                self.apply(action, out);
            }
            Message::Keyboard(KeyboardKey::Shift) => s.keyboard.capitals = !s.keyboard.capitals,
            Message::Keyboard(KeyboardKey::Script) => {
                s.keyboard.latin = !s.keyboard.latin;
                s.keyboard.capitals = false;
            }
            Message::Keyboard(KeyboardKey::Toggle) => s.keyboard.hidden = !s.keyboard.hidden,
            Message::Keyboard(KeyboardKey::Done) => self.enter(out),
            Message::ChooseLanguage(locale) => self.change(Change::Language(locale)),
            Message::OpenLanguages => s.languages_open = true,
            Message::CloseLanguages => s.languages_open = false,
            Message::ToggleSpeech => {
                self.toggle_speech();
                // The volume buttons come and go above the page's content,
                // moving the focused control.
                out.scroll.push(Scroll::Reveal);
            }
            Message::Volume(up) => self.change_volume(up),
            Message::Help => {
                s.help_asked = true;
                if s.help_call.is_none() {
                    self.call_help(out);
                }
            }
            Message::CallAgain => self.call_help(out),
            Message::DismissHelp => s.help_asked = false,
            Message::Back => {
                let action = self.on_screen(|screen, env| screen.back(env));
                self.apply(action, out);
            }
            Message::StartAgain => {
                let abandoned = self.screen.abandoned();
                self.apply(abandoned.and(Action::EndSession), out);
            }
            Message::Staff(m) => self.staff_control(m, out),
            Message::Key(_)
            | Message::Activity
            | Message::Tick(_)
            | Message::Poll
            | Message::Frame
            | Message::Scrolled
            | Message::Done(_)
            | Message::Worker(_)
            | Message::Fleet(_) => {}
        }
    }

    /// Calls a member of staff over: what the call says is only the
    /// terminal, the screen, the service and the resident's language and
    /// text size.
    fn call_help(&mut self, out: &mut Out) {
        let code = self.screen.service_code();
        let service = code
            .as_deref()
            .and_then(|c| self.cx.catalogue.service(c))
            .map(|s| s.name.clone());
        let call = crate::help::HelpCall::new(
            &self.cx.config,
            self.screen.name(),
            code.as_deref(),
            service.as_deref(),
            &self.session.locale,
            self.session.size != crate::ui::TextSize::Standard,
            self.cx.now(),
        );
        self.session.help_call = Some((call.clone(), None));
        self.push(
            out,
            Effect::CallHelp {
                call: Box::new(call),
            },
        );
    }

    fn staff_control(&mut self, message: staff::Message, out: &mut Out) {
        match staff::update(&mut self.session, message) {
            staff::Then::Nothing => {}
            staff::Then::Run(effect) => self.push(out, effect),
            staff::Then::OpenHub => self.apply(Action::OpenHub, out),
            staff::Then::SignedOut { audit, wipe } => {
                if let Some(audit) = audit {
                    self.push(out, audit);
                }
                if wipe {
                    self.apply(Action::EndSession, out);
                }
            }
        }
    }

    /// Carries out what a screen asked for, in order.
    pub(super) fn apply(&mut self, action: Action, out: &mut Out) {
        for action in action.into_list() {
            match action {
                Action::None | Action::Many(_) => {}
                Action::Run(effect) => self.push(out, effect),
                Action::Go(screen) => self.screen = screen,
                Action::Measure(m) => {
                    let record = self.record(m);
                    self.push(out, Effect::Record(record));
                }
                Action::Audit { action, detail } => {
                    if let Some(staff) = &self.session.staff {
                        let record = Record::Audit {
                            staff: Some(staff.clone()),
                            action,
                            detail,
                        };
                        self.push(out, Effect::Record(record));
                    }
                }
                Action::Session(change) => self.change(change),
                Action::OpenHub => {
                    if self.session.may_see_hub() {
                        self.apply(screen::hub::State::open(), out);
                    }
                }
                Action::EndSession => self.end_session(out),
                Action::Help => {
                    self.session.help_asked = true;
                    if self.session.help_call.is_none() {
                        self.call_help(out);
                    }
                }
                Action::ShowEnd => out.scroll.push(Scroll::ShowEnd),
            }
        }
    }

    /// A measure, with the session's language and help.
    fn record(&self, measure: Measure) -> Record {
        match measure {
            Measure::Journey {
                service,
                event,
                step,
            } => Record::Journey {
                service,
                event,
                step,
                locale: self.session.locale.clone(),
                assisted: self.session.assisted,
            },
            Measure::Rating { service, rating } => Record::Rating { service, rating },
        }
    }

    /// Changes the session's language, text size or colours.
    fn change(&mut self, change: Change) {
        let s = &mut self.session;
        match change {
            Change::Language(locale) => {
                s.languages_open = false;
                s.keyboard.latin = false;
                s.keyboard.capitals = false;
                if i18n::is_known(&locale) {
                    s.locale = locale;
                    if let Screen::Journey(j) = &mut self.screen
                        && let Some(service) = self.cx.catalogue.service(&j.journey.service().code)
                    {
                        j.journey.relocalise(service.localised(&s.locale));
                    }
                }
            }
            Change::Size(size) => s.size = size,
            Change::Contrast(high) => s.high_contrast = high,
        }
    }

    /// Ends the session: staff signed out, then everything of the last
    /// resident replaced by a new session on the welcome screen.
    fn end_session(&mut self, out: &mut Out) {
        if let Some(audit) = staff::sign_out(&mut self.session, "session ended") {
            self.push(out, audit);
        }
        self.stop_speech();
        self.session = Session::default();
        self.screen = Screen::Welcome;
        self.idle.warning_since = None;
        self.focus = None;
        self.page.clear();
        self.take_waiting_catalogue();
        self.take_waiting_fleet();
    }

    /// Whether a session is under way (anything but the untouched welcome
    /// screen).
    pub(super) fn session_active(&self) -> bool {
        !matches!(self.screen, Screen::Welcome) || self.session.touched()
    }

    fn tick(&mut self, now: Instant, out: &mut Out) {
        self.tell_service_manager();
        self.idle.now = now;
        staff::hold_tick(&mut self.session, now);
        if !self.session_active() {
            self.idle.warning_since = None;
            return;
        }
        if self.screen.holds_session() {
            // Paying on the phone or the reader: the resident is busy away
            // from the screen, and their time counts from when it ends, or
            // from when the hold has lasted long enough.
            let since = *self.idle.held_since.get_or_insert(now);
            if now.saturating_duration_since(since) < screen::payment::HOLD_AT_MOST {
                self.idle.last_activity = now;
                self.idle.warning_since = None;
                return;
            }
        } else {
            self.idle.held_since = None;
        }
        let config = &self.cx.config.session;
        let idle = now.saturating_duration_since(self.idle.last_activity);
        match self.idle.warning_since {
            None if idle >= Duration::from_secs(config.idle_warning_secs) => {
                self.idle.warning_since = Some(now);
            }
            Some(since)
                if now.saturating_duration_since(since)
                    >= Duration::from_secs(config.idle_reset_secs) =>
            {
                let abandoned = self.screen.abandoned();
                self.apply(abandoned.and(Action::EndSession), out);
            }
            _ => {}
        }
    }

    /// Background work finished: handed to the screen (or the PIN pad) of
    /// the session that asked, never counted as activity.
    fn done(&mut self, done: Done, out: &mut Out) {
        // A payment that started after its resident left, or that its page
        // no longer follows, is stopped at once.
        let started = match &done.outcome {
            Outcome::Pay(Paid::Started { started: Ok(s), .. }) => Some(match s {
                Started::Phone(p) => p.payment_id.clone(),
                Started::Card(c) => c.payment_id.clone(),
            }),
            _ => None,
        };
        let asked_by = done.session;
        if done.session != self.session.id {
            if let Some(payment_id) = started {
                out.effects
                    .push((asked_by, Effect::Pay(Pay::WalkAway { payment_id })));
            }
            return;
        }
        match done.outcome {
            Outcome::Recorded => {}
            Outcome::HelpCalled { id, outcome } => {
                if let Some((call, done)) = &mut self.session.help_call
                    && call.id == id
                {
                    *done = Some(outcome.unwrap_or_default());
                }
            }
            Outcome::SignedIn(signed) => staff::signed_in(&mut self.session, signed),
            Outcome::Assisting(Ok(())) => {
                if self.session.staff.is_some() && !self.session.assisted {
                    self.session.assisted = true;
                    self.screen = screen::services::State::groups();
                }
            }
            Outcome::Assisting(Err(why)) => self.session.staff_problem = Some(why.to_string()),
            outcome => {
                let action = self.on_screen(|screen, env| screen.outcome(outcome, env));
                self.apply(action, out);
                if let Some(payment_id) = started
                    && !self.screen.follows(&payment_id)
                {
                    out.effects
                        .push((asked_by, Effect::Pay(Pay::WalkAway { payment_id })));
                }
            }
        }
    }

    fn worker_event(&mut self, event: Event) {
        match event {
            Event::CatalogueFetched(Ok(catalogue)) => {
                self.waiting_catalogue = Some(catalogue);
                self.take_waiting_catalogue();
            }
            // The copy in use stays; the reason is for staff.
            Event::CatalogueFetched(Err(e)) => {
                tracing::warn!(
                    "the catalogue was not refreshed: {}",
                    crate::clip::error_text(&e.to_string())
                );
            }
            Event::Synced(result) => {
                if let Err(e) = &result {
                    tracing::warn!(
                        "sending failed: {}",
                        crate::clip::error_text(&e.to_string())
                    );
                }
                self.last_sync = Some(result);
                self.last_sync_at = Some(self.cx.now());
            }
        }
    }

    /// Puts a newly fetched catalogue in use, but never under a resident's
    /// feet: only while the welcome screen shows.
    fn take_waiting_catalogue(&mut self) {
        if !self.session_active()
            && let Some(c) = self.waiting_catalogue.take()
        {
            self.cx.catalogue = c;
        }
    }

    fn frame_drawn(&mut self) {
        if self.notify.is_some() && !self.ready_sent {
            self.tell_service_manager();
        }
        if let Some(started) = self.startup_probe.take() {
            tracing::info!(
                "first frame {:.1} ms after start",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }

    /// Each second the UI loop turns: ready once, then a watchdog ping.
    fn tell_service_manager(&mut self) {
        let Some(socket) = &self.notify else {
            return;
        };
        let state = if self.ready_sent {
            "WATCHDOG=1"
        } else {
            "READY=1"
        };
        match socket.send(state) {
            Ok(()) => self.ready_sent = true,
            Err(e) => tracing::warn!("could not tell the service manager {state}: {e}"),
        }
    }
}
