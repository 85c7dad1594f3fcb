//! Paying the council: what to pay for, the reference from the bill, the
//! amount or how many, a check page with the total, then how to pay — on
//! the resident's phone (a QR code for GOV.UK Pay), on the card reader
//! beside the kiosk, or with a printed slip for cash at a Post Office or
//! PayPoint — and the result with a printed receipt.
//!
//! The pages never touch money themselves: each step is an effect run
//! through the till (`app/effect/pay.rs`), which writes every payment to
//! the store before any call to a provider. A payment under way is asked
//! about every [`POLL_EVERY`] while its page shows, and the page says
//! "Paid" only when the provider reports it. A resident who stops the
//! payment, presses Start again or leaves it to time out has it stopped
//! (`Pay::WalkAway`): what can be cancelled is, and a payment already made
//! stays paid and is posted.

mod answer;
mod paying;
mod view;

pub use paying::Paying;

use super::{Env, Page, Screen};
use crate::app::effect::{Effect, Outcome, Paid, Pay, Started};
use crate::app::screen::action::Action;
use crate::app::widgets::Input;
use crate::payments::{
    Amount, EntryError, Item, Method, Methods, Order, Price, Progress, TillError,
};
use crate::ui::Ctx;
use std::time::Duration;

/// How often a payment under way is asked about.
pub const POLL_EVERY: Duration = Duration::from_secs(2);

/// The longest the idle warning waits for a resident paying away from the
/// screen (on their phone, or at the reader); then the usual idle timeout
/// applies, and stops the payment if no one answers it.
pub const HOLD_AT_MOST: Duration = Duration::from_secs(15 * 60);

/// After this many declined cards, the card is no longer offered: another
/// way to pay, or staff.
pub const DECLINES_ALLOWED: u8 = 2;

/// The most characters the reference or amount field takes.
const MAX_INPUT: usize = 24;

/// The pages of paying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// What to pay for: the council's payable items.
    What,
    /// The council's reference, from the bill or letter.
    Reference,
    /// The amount (typed) or how many (a fixed price).
    Amount,
    /// Check the payment and its total.
    Check,
    /// How to pay: the ways that answer now.
    How,
    /// Getting the payment ready with the payment service.
    Starting,
    /// Paying on the phone or the reader, followed until it ends.
    Paying,
    /// The payment ended: paid, or not and why.
    Done,
    /// The cash slip is printed: where and how to pay.
    Cash,
}

/// Paying under way.
#[derive(Debug, Clone)]
pub struct State {
    /// The page showing.
    pub step: Step,
    /// The item chosen (its code).
    pub item: Option<String>,
    /// The reference as typed or scanned.
    pub reference: String,
    /// The amount as typed, in pounds.
    pub amount: String,
    /// How many, for a fixed-price item.
    pub quantity: u32,
    /// The item's amount is typed (not a fixed price bought by how many).
    pub typed_amount: bool,
    /// Why Continue did not go on.
    pub problem: Option<EntryError>,
    /// The checked order, from the amount page on.
    pub order: Option<Order>,
    /// Which ways to pay answer now; `None` while the kiosk asks.
    pub methods: Option<Result<Methods, std::sync::Arc<crate::payments::TillError>>>,
    /// Cards declined so far in this session.
    pub declines: u8,
    /// Why the resident is back on the how-to-pay page (a Fluent id).
    pub notice: Option<&'static str>,
    /// The payment under way or ended.
    pub paying: Option<Paying>,
    /// What came of printing the receipt or slip; `None` while it prints or
    /// before.
    pub printed: Option<crate::printer::Outcome>,
    /// A receipt or slip is printing.
    pub printing: bool,
}

/// A tap or key on a payment page.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// An item was chosen.
    Item(String),
    /// Typing in the reference or amount field.
    Field(Input),
    /// How many, for a fixed-price item.
    Quantity(u32),
    /// Continue from the reference or amount page.
    Continue,
    /// Change the reference, from the check page.
    ChangeReference,
    /// Change the amount, from the check page.
    ChangeAmount,
    /// The payment is right: choose how to pay.
    ChooseHow,
    /// Pay this way.
    Method(Method),
    /// Stop the payment under way.
    Stop,
    /// Not paid: choose another way to pay.
    OtherWay,
    /// Print the receipt or slip again.
    PrintAgain,
    /// Ask a member of staff over.
    Help,
    /// Finished.
    Finish,
}

impl Default for State {
    fn default() -> State {
        State {
            step: Step::What,
            item: None,
            reference: String::new(),
            amount: String::new(),
            quantity: 1,
            typed_amount: false,
            problem: None,
            order: None,
            methods: None,
            declines: 0,
            notice: None,
            paying: None,
            printed: None,
            printing: false,
        }
    }
}

impl State {
    /// Opens the payment pages, when the terminal takes payments.
    pub fn open(env: &Env) -> Action {
        match env.payments {
            Some(items) if !items.all().is_empty() => Action::Go(Screen::Payment(Box::default())),
            _ => Action::None,
        }
    }

    /// The item chosen.
    pub fn item<'e>(&self, env: &Env<'e>) -> Option<&'e Item> {
        env.payments?.get(self.item.as_deref()?)
    }

    /// Handles a tap or key.
    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        match message {
            Message::Item(code) => {
                if let Some(item) = env.payments.and_then(|i| i.get(&code)) {
                    *self = State {
                        typed_amount: matches!(item.price(), Price::Entered { .. }),
                        item: Some(code),
                        step: Step::Reference,
                        declines: self.declines,
                        ..State::default()
                    };
                }
            }
            Message::Field(input) => self.input(input),
            Message::Quantity(q) => {
                self.quantity = q;
                self.problem = None;
            }
            Message::Continue => self.next(env),
            Message::ChangeReference if self.step == Step::Check => {
                self.step = Step::Reference;
            }
            Message::ChangeAmount if self.step == Step::Check => self.step = Step::Amount,
            Message::ChangeReference | Message::ChangeAmount => {}
            Message::ChooseHow if self.step == Step::Check => {
                self.notice = None;
                return self.how();
            }
            Message::ChooseHow => {}
            Message::Method(method) => return self.start(method, env),
            Message::Stop => return self.stop(),
            Message::OtherWay if self.step == Step::Done && !self.is_paid() => {
                self.notice = None;
                return self.how();
            }
            Message::OtherWay => {}
            Message::PrintAgain => return self.print_again(),
            Message::Help => return Action::Help,
            Message::Finish => return Action::EndSession,
        }
        Action::None
    }

    fn input(&mut self, input: Input) {
        let field = match self.step {
            Step::Reference => &mut self.reference,
            Step::Amount => &mut self.amount,
            _ => return,
        };
        let amount = self.step == Step::Amount;
        match input {
            Input::Type(t) => {
                for c in t.chars() {
                    let fits = if amount {
                        c.is_ascii_digit() || matches!(c, '.' | ',' | '£')
                    } else {
                        c.is_alphanumeric() || matches!(c, ' ' | '-' | '/' | '.')
                    };
                    if fits && field.chars().count() < MAX_INPUT {
                        field.push(c);
                    }
                }
            }
            Input::Backspace => {
                field.pop();
            }
            Input::Clear => field.clear(),
            Input::Focus => return,
        }
        self.problem = None;
    }

    /// Continue: the reference, then the amount, are checked as the
    /// resident goes.
    fn next(&mut self, env: &Env) {
        let Some(item) = self.item(env) else {
            return;
        };
        match self.step {
            Step::Reference => match item.check_reference(&self.reference) {
                Ok(_) => {
                    self.problem = None;
                    self.step = Step::Amount;
                }
                Err(e) => self.problem = Some(e),
            },
            Step::Amount => {
                let amount = match item.price() {
                    Price::Fixed { .. } => Some(Amount::Quantity(self.quantity)),
                    Price::Entered { .. } => {
                        crate::payments::parse_pounds(&self.amount).map(Amount::Pence)
                    }
                };
                let order = amount.ok_or(EntryError::AmountUnreadable).and_then(|a| {
                    Order::new(item, &self.reference, a, env.locale(), env.session.assisted)
                });
                match order {
                    Ok(order) => {
                        self.order = Some(order);
                        self.problem = None;
                        self.step = Step::Check;
                    }
                    Err(e) => self.problem = Some(e),
                }
            }
            _ => {}
        }
    }

    /// The how-to-pay page, asking which ways answer now.
    fn how(&mut self) -> Action {
        let Some(item) = self.item.clone() else {
            return Action::None;
        };
        self.step = Step::How;
        self.methods = None;
        self.paying = None;
        self.printed = None;
        self.printing = false;
        Action::Run(Effect::Pay(Pay::Methods { item }))
    }

    /// Which ways the how-to-pay page offers: those that answered, the
    /// card only until it has been declined twice, and only the cash slip
    /// when neither provider answers.
    pub fn offered(&self) -> Methods {
        match &self.methods {
            Some(Ok(m)) => Methods {
                card: m.card && self.declines < DECLINES_ALLOWED,
                ..*m
            },
            _ => Methods::default(),
        }
    }

    fn start(&mut self, method: Method, env: &Env) -> Action {
        if self.step != Step::How {
            return Action::None;
        }
        let offered = self.offered();
        let allowed = match method {
            Method::Phone => offered.phone,
            Method::Card => offered.card,
            Method::Cash => offered.cash,
        };
        let Some(order) = self.order.as_mut().filter(|_| allowed) else {
            return Action::None;
        };
        // Receipts and the payment page in the language on screen now.
        order.locale = env.locale().to_string();
        let order = Box::new(order.clone());
        self.notice = None;
        match method {
            Method::Phone => {
                self.step = Step::Starting;
                Action::Run(Effect::Pay(Pay::OnPhone { order }))
            }
            Method::Card => {
                self.step = Step::Starting;
                Action::Run(Effect::Pay(Pay::ByCard { order }))
            }
            Method::Cash => {
                self.step = Step::Cash;
                self.printing = true;
                self.printed = None;
                Action::Run(Effect::Pay(Pay::PrintCashSlip { order }))
            }
        }
    }

    /// Stop: the payment under way is cancelled where it can be; the page
    /// keeps following it until the provider says how it ended.
    fn stop(&mut self) -> Action {
        match &mut self.paying {
            Some(p) if self.step == Step::Paying && !p.stopping => {
                p.stopping = true;
                p.asking = true;
                Action::Run(Effect::Pay(Pay::WalkAway {
                    payment_id: p.payment_id.clone(),
                }))
            }
            _ => Action::None,
        }
    }

    fn print_again(&mut self) -> Action {
        if self.printing {
            return Action::None;
        }
        let effect = match (self.step, &self.paying, &self.order) {
            (Step::Done, Some(p), _) if self.is_paid() => Pay::PrintReceipt {
                payment_id: p.payment_id.clone(),
            },
            (Step::Cash, _, Some(order)) => Pay::PrintCashSlip {
                order: Box::new(order.clone()),
            },
            _ => return Action::None,
        };
        self.printing = true;
        self.printed = None;
        Action::Run(Effect::Pay(effect))
    }

    /// Whether the payment was made.
    pub fn is_paid(&self) -> bool {
        self.paying
            .as_ref()
            .is_some_and(|p| matches!(p.progress, Progress::Paid { .. }))
    }

    /// The root's poll: asks where the payment under way is, one question
    /// at a time.
    pub fn poll(&mut self) -> Action {
        match &mut self.paying {
            Some(p) if self.step == Step::Paying && !p.asking && !p.progress.is_final() => {
                p.asking = true;
                Action::Run(Effect::Pay(Pay::Poll {
                    payment_id: p.payment_id.clone(),
                }))
            }
            _ => Action::None,
        }
    }

    /// Whether the page follows a payment under way (the root polls).
    pub fn polls(&self) -> bool {
        self.step == Step::Paying && self.paying.as_ref().is_some_and(|p| !p.progress.is_final())
    }

    /// The payment under way, not yet ended.
    pub fn live_payment(&self) -> Option<&crate::reference::Reference> {
        self.paying
            .as_ref()
            .filter(|p| !p.progress.is_final())
            .map(|p| &p.payment_id)
    }

    /// Whether the resident is busy paying away from the screen (on their
    /// phone once the page is open, or on the reader): the idle warning
    /// waits until it ends, up to [`HOLD_AT_MOST`]. While the kiosk is only
    /// checking with the provider it does not wait: a resident who leaves
    /// then loses nothing, as the worker settles the payment.
    pub fn holds_session(&self) -> bool {
        self.step == Step::Paying
            && self.paying.as_ref().is_some_and(|p| {
                matches!(
                    p.progress,
                    Progress::OnPhone { opened: true } | Progress::OnReader
                )
            })
    }

    /// Back one page. On a payment under way, Back stops it.
    pub fn back(&mut self, env: &Env) -> Action {
        self.problem = None;
        match self.step {
            Step::What => return Action::Go(Screen::services()),
            Step::Reference => self.step = Step::What,
            Step::Amount => self.step = Step::Reference,
            Step::Check => self.step = Step::Amount,
            Step::How => self.step = Step::Check,
            Step::Cash => {
                if self.printing {
                    return Action::None;
                }
                self.notice = None;
                return self.how();
            }
            Step::Starting => {}
            Step::Paying => return self.stop(),
            Step::Done if self.is_paid() => {}
            Step::Done => return self.update(Message::OtherWay, env),
        }
        Action::None
    }

    /// Whether the page has a text field.
    pub fn has_field(&self) -> bool {
        match self.step {
            Step::Reference => true,
            Step::Amount => self.typed_amount,
            _ => false,
        }
    }

    /// A name for the page, for focus and speech: a new page, or a new
    /// state of the payment, is read out.
    pub fn page_key(&self) -> String {
        let progress = self.paying.as_ref().map_or("", |p| p.progress.message_id());
        let loaded = match &self.methods {
            None => "asking",
            Some(Ok(_)) => "answered",
            Some(Err(_)) => "failed",
        };
        format!("{:?}/{progress}/{loaded}", self.step).to_lowercase()
    }

    /// The page's name, as recorded with help requests.
    pub fn name(&self) -> &'static str {
        match self.step {
            Step::What => "payment:what",
            Step::Reference => "payment:reference",
            Step::Amount => "payment:amount",
            Step::Check => "payment:check",
            Step::How => "payment:how",
            Step::Starting => "payment:starting",
            Step::Paying => "payment:paying",
            Step::Done => "payment:done",
            Step::Cash => "payment:cash",
        }
    }

    /// Draws the page.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        view::page(self, ctx, env)
    }
}
