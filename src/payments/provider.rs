//! The one trait every payment provider implements, so the till (and the
//! screens above it) never know whose API they are talking to. GOV.UK Pay
//! and Stripe Terminal implement it here; a council's own income-management
//! supplier is one more implementation, added in [`super::Till::new`]'s
//! arguments without touching a screen.
//!
//! The trait is object-safe (methods return boxed futures), so the till
//! holds `Arc<dyn Provider>`.

use super::item::Method;
use std::future::Future;
use std::pin::Pin;

/// A call to a provider: a boxed future, so the trait can be used as `dyn`.
pub type Call<'a, T> = Pin<Box<dyn Future<Output = Result<T, CallError>> + Send + 'a>>;

/// The address the resident's phone opens to pay (GOV.UK Pay's `next_url`).
/// It lets whoever holds it pay, so it is never logged, printed, stored or
/// shown except as the QR code: its `Debug` hides it and it has no
/// `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct NextUrl(String);

impl NextUrl {
    /// Wraps the provider's `next_url`.
    pub fn new(url: String) -> NextUrl {
        NextUrl(url)
    }

    /// The address, for drawing the QR code only.
    pub fn expose_for_qr(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NextUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NextUrl(hidden)")
    }
}

/// What a card receipt may show, as the provider returned it. Never the
/// card number, expiry date, security code or PIN: the reader keeps those.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CardDetails {
    /// The card scheme, such as `visa` or `mastercard`.
    pub brand: String,
    /// The last four digits of the card number.
    pub last4: String,
    /// The EMV application id (AID), such as `A0000000031010`.
    pub application_id: Option<String>,
    /// The application's name, such as `VISA CREDIT`.
    pub application_name: Option<String>,
    /// The issuer's authorisation code.
    pub authorisation_code: Option<String>,
    /// How the cardholder was verified, in the provider's words (such as
    /// `online_pin`, `offline_pin`, `signature`, `none`).
    pub verification: Option<String>,
}

/// Where a payment is, as the provider says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoteState {
    /// Still payable. `opened`: the resident has opened the payment page
    /// (phone) or the reader has it.
    Open {
        /// The resident has started paying.
        opened: bool,
    },
    /// A card was approved and the money is held, not yet taken (captured).
    Authorised,
    /// The money is taken.
    Succeeded,
    /// The card or bank declined it. Nothing taken.
    Declined,
    /// Cancelled by the resident, the kiosk or the provider, or timed out.
    /// Nothing taken.
    Cancelled,
    /// The provider failed it. Nothing taken.
    Failed,
}

/// A payment as the provider sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    /// The provider's id.
    pub provider_id: String,
    /// The reference it was created with (the kiosk's payment id).
    pub reference: Option<String>,
    /// The amount in pence: taken (succeeded), held (authorised) or asked.
    pub amount_pence: u64,
    /// Where it is.
    pub state: RemoteState,
    /// The provider's own word for its state, such as `success`.
    pub status: String,
    /// The provider's code and message when it failed or was cancelled.
    pub reason: Option<String>,
    /// The card, once a reader has read one.
    pub card: Option<CardDetails>,
}

/// What creating a payment gave back.
#[derive(Debug, Clone)]
pub struct Created {
    /// The payment.
    pub remote: Remote,
    /// Where the resident's phone pays, for phone providers.
    pub next_url: Option<NextUrl>,
}

/// What a create call carries.
#[derive(Debug, Clone)]
pub struct CreateRequest {
    /// The kiosk's payment id, sent as the provider's reference.
    pub reference: String,
    /// Sent as the provider's idempotency key where it has one.
    pub idempotency_key: String,
    /// The total in pence.
    pub amount_pence: u64,
    /// What is paid for, as the payment page shows it.
    pub description: String,
    /// `en` or `cy`: the payment page's language.
    pub language: &'static str,
    /// Fund code, item, council reference, terminal: for the provider's
    /// reports, as string key/values.
    pub metadata: Vec<(&'static str, String)>,
}

/// How a cancel call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cancel {
    /// Cancelled: no money will be taken.
    Done,
    /// The provider will not cancel it (it finished, or is too far on):
    /// ask it again what happened.
    TooLate,
}

/// What the card reader is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionState {
    /// Nothing.
    Idle,
    /// Waiting for the card, or authorising it.
    InProgress,
    /// The card was approved (authorised; not yet captured).
    Succeeded,
    /// The card was declined, or the resident or kiosk cancelled.
    Failed {
        /// The provider's code, such as `card_declined`.
        code: String,
        /// Its message.
        message: String,
    },
}

/// The reader's current action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderAction {
    /// The payment the action is for, if any.
    pub provider_id: Option<String>,
    /// Where it is.
    pub state: ActionState,
}

/// Why a call did not give an answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    /// The request never reached the provider (no connection): nothing
    /// happened there.
    #[error("the payment service could not be reached: {0}")]
    NotSent(String),
    /// The request may have reached the provider but the answer was lost,
    /// late, unreadable or a server error: what happened is unknown.
    #[error("no clear answer from the payment service: {0}")]
    Lost(String),
    /// The provider answered no; nothing happened there.
    #[error("the payment service refused ({status} {code}): {message}")]
    Refused {
        /// The HTTP status.
        status: u16,
        /// The provider's error code.
        code: String,
        /// Its message.
        message: String,
    },
    /// The provider does not know it.
    #[error("the payment service does not know this payment")]
    NotFound,
    /// This provider has no such call (such as a reader call on GOV.UK Pay).
    #[error("this payment service does not do that")]
    Unsupported,
}

impl CallError {
    /// Whether the call may have done what it asked for at the provider.
    pub fn may_have_happened(&self) -> bool {
        matches!(self, CallError::Lost(_))
    }

    /// Sorts a transport error: no connection means nothing was sent.
    pub fn from_transport(e: &reqwest::Error) -> CallError {
        if e.is_connect() || e.is_builder() {
            CallError::NotSent(e.to_string())
        } else if e.is_timeout() {
            CallError::Lost(format!("no answer in time: {e}"))
        } else {
            CallError::Lost(e.to_string())
        }
    }
}

fn unsupported<'a, T: Send + 'a>() -> Call<'a, T> {
    Box::pin(async { Err(CallError::Unsupported) })
}

/// A payment provider: online (the resident pays on their phone) or a card
/// reader beside the kiosk. Every call is one request; none is ever retried
/// here, because retrying an unknown outcome could take money twice.
pub trait Provider: Send + Sync + std::fmt::Debug {
    /// The name stored with each payment, such as `govuk_pay`.
    fn name(&self) -> &'static str;

    /// How the resident pays through it.
    fn method(&self) -> Method;

    /// Whether it answers now (and, for a reader, is online and free).
    fn health(&self) -> Call<'_, ()>;

    /// Creates a payment. Nothing is taken yet.
    fn create<'a>(&'a self, request: &'a CreateRequest) -> Call<'a, Created>;

    /// A payment by the provider's id.
    fn get<'a>(&'a self, provider_id: &'a str) -> Call<'a, Remote>;

    /// The payments created with this reference (the kiosk's payment id).
    fn find_by_reference<'a>(&'a self, reference: &'a str) -> Call<'a, Vec<Remote>>;

    /// Cancels a payment not yet taken (for a card, voids the authorisation).
    fn cancel<'a>(&'a self, provider_id: &'a str) -> Call<'a, Cancel>;

    /// Reader: asks the reader to take the card for this payment.
    fn start_on_reader<'a>(
        &'a self,
        _provider_id: &'a str,
        _idempotency_key: &'a str,
    ) -> Call<'a, ReaderAction> {
        unsupported()
    }

    /// Reader: what the reader is doing.
    fn reader_action(&self) -> Call<'_, ReaderAction> {
        unsupported()
    }

    /// Reader: takes the money an approved card holds. Only called once the
    /// approval is recorded in the store.
    fn capture<'a>(&'a self, _provider_id: &'a str, _idempotency_key: &'a str) -> Call<'a, Remote> {
        unsupported()
    }

    /// Reader: stops what the reader is doing.
    fn cancel_reader_action(&self) -> Call<'_, ()> {
        unsupported()
    }
}

/// Reads an API key file into a secret: trimmed, never printed.
pub fn read_key(path: &std::path::Path) -> Result<secrecy::SecretString, std::io::Error> {
    let text = std::fs::read_to_string(path)?;
    let key = text.trim();
    if key.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "the file is empty",
        ));
    }
    Ok(secrecy::SecretString::from(key.to_string()))
}

/// A short, single-line excerpt of a provider's answer for staff.
pub(crate) fn clip(body: &str) -> String {
    let b = body.trim();
    if b.is_empty() {
        return "no details given".into();
    }
    b.chars().take(200).filter(|c| !c.is_control()).collect()
}
