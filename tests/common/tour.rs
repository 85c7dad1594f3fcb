//! A tour of every page of the demo kiosk, in any language and text size,
//! calling `visit` on each: the sweeps (touch targets, focus in view,
//! snapshots) walk the same pages.

use super::Kiosk;
use frontdoor::app::Message;
use frontdoor::app::screen::{Message as ScreenMessage, welcome};
use frontdoor::ui::TextSize;

/// A PIN for the hub member of staff the tour signs in.
pub const PIN: &str = "482915";

/// Visits every page; `visit` gets the kiosk and the page's name.
pub fn every_page(
    k: &mut Kiosk,
    size: TextSize,
    locale: &str,
    visit: &mut dyn FnMut(&mut Kiosk, &str),
) {
    let l = |id: &str| frontdoor::i18n::t(locale, id);
    let cat = frontdoor::catalogue::Catalogue::bundled();
    let group = |name: &str| cat.group_name(name, locale);
    let service = |code: &str| cat.service(code).unwrap().name_in(locale);
    let choice = |code: &str, attr: &str, key: &str| {
        let s = cat.service(code).unwrap().localised(locale);
        let a = s.attributes.iter().find(|a| a.code == attr).unwrap();
        a.values.iter().find(|v| v.key == key).unwrap().name.clone()
    };
    let choose = |k: &mut Kiosk| {
        k.send(Message::Screen(ScreenMessage::Welcome(
            welcome::Message::Size(size),
        )));
        k.send(Message::ChooseLanguage(locale.into()));
    };
    choose(k);
    visit(k, "welcome");
    k.click(&l("language-button"));
    visit(k, "languages");
    k.click(&l("language-close"));
    k.click(&l("start"));
    visit(k, "services");
    k.click(&group("Bins and recycling"));
    visit(k, "group");
    k.click(&service("missed-bin"));
    k.click(&l("continue"));
    visit(k, "choice with an error");
    k.click(&choice("missed-bin", "bin_type", "general"));
    k.click(&l("continue"));
    visit(k, "date");
    k.click(&l("continue"));
    k.click(&choice("missed-bin", "out_by_7", "no"));
    k.click(&l("continue"));
    visit(k, "postcode with the keyboard");
    k.type_text("DE1 2AX");
    k.click(&l("continue"));
    k.type_text("14 Mill Lane");
    k.click(&l("continue"));
    visit(k, "contact");
    k.click(&l("contact-phone"));
    k.click(&l("continue"));
    visit(k, "phone number pad");
    k.type_text("01632 960001");
    k.click(&l("continue"));
    k.type_text("Jo");
    k.click(&l("continue"));
    visit(k, "check answers");
    k.click(&l("send"));
    visit(k, "confirmation");
    k.click(&l("speech-start"));
    visit(k, "confirmation with speech on");
    k.click(&l("help-button"));
    visit(k, "help");
    k.click(&l("help-carry-on"));
    let start = std::time::Instant::now();
    k.send(Message::Tick(start + std::time::Duration::from_secs(100)));
    visit(k, "idle warning");
    k.click(&l("idle-still-here"));
    k.click(&l("finish"));
    choose(k);
    k.click(&l("start"));
    k.click(&l("search-open"));
    k.type_text("bin");
    visit(k, "search");
    k.click(&l("back"));
    k.click(&l("progress-open"));
    k.type_text("ACD 34");
    k.click(&l("progress-check"));
    visit(k, "check progress with an error");
    k.click(&l("back"));
    k.click(&group("Help and advice"));
    k.click(&service("partner-help"));
    visit(k, "signpost");
    k.click(&l("back"));
    k.click(&service("book-appointment"));
    visit(k, "appointment type");
    let diary = frontdoor::booking::file::parse(frontdoor::booking::file::DEMO, "demo").unwrap();
    let housing = diary.kind("housing-options").unwrap();
    k.click(&format!(
        "{} — {}",
        housing.name_in(locale),
        frontdoor::i18n::t_args(locale, "appt-length", &[("minutes", 45u32.into())])
    ));
    visit(k, "appointment day");
    let wednesday = chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
    k.click(&frontdoor::i18n::long_date(locale, wednesday));
    visit(k, "appointment time");
    k.click("12:00");
    visit(k, "appointment check");
    k.click(&l("appt-book"));
    visit(k, "appointment slip");
    k.click(&l("finish"));
    staff_pages(k, size, locale, visit);
}

/// Config lines for a kiosk with the demo gazetteer, which
/// [`gazetteer_pages`] needs.
pub const WITH_GAZETTEER: &str = "[gazetteer]\nbundled_demo = true\n";

/// The pages picked from the gazetteer (a kiosk made with
/// [`WITH_GAZETTEER`]): the addresses at a postcode, the street, the
/// streets found and "near which number?".
pub fn gazetteer_pages(
    k: &mut Kiosk,
    size: TextSize,
    locale: &str,
    visit: &mut dyn FnMut(&mut Kiosk, &str),
) {
    let l = |id: &str| frontdoor::i18n::t(locale, id);
    let cat = frontdoor::catalogue::Catalogue::bundled();
    let group = |name: &str| cat.group_name(name, locale);
    let service = |code: &str| cat.service(code).unwrap().name_in(locale);
    let choice = |code: &str, attr: &str, key: &str| {
        let s = cat.service(code).unwrap().localised(locale);
        let a = s.attributes.iter().find(|a| a.code == attr).unwrap();
        a.values.iter().find(|v| v.key == key).unwrap().name.clone()
    };
    k.send(Message::Screen(ScreenMessage::Welcome(
        welcome::Message::Size(size),
    )));
    k.send(Message::ChooseLanguage(locale.into()));
    k.click(&l("start"));
    k.click(&group("Bins and recycling"));
    k.click(&service("missed-bin"));
    k.click(&choice("missed-bin", "bin_type", "general"));
    k.click(&l("continue"));
    k.click(&l("continue"));
    k.click(&choice("missed-bin", "out_by_7", "no"));
    k.click(&l("continue"));
    k.type_text("dm1 2ml");
    k.click(&l("continue"));
    visit(k, "addresses at a postcode");
    k.click(&l("start-again"));
    k.send(Message::Screen(ScreenMessage::Welcome(
        welcome::Message::Size(size),
    )));
    k.send(Message::ChooseLanguage(locale.into()));
    k.click(&l("start"));
    k.click(&group("Roads and streets"));
    k.click(&service("street-light"));
    k.click(&l("continue"));
    k.click(&choice("street-light", "fault", "off"));
    k.click(&l("continue"));
    k.click(&l("continue"));
    k.type_text("mill");
    visit(k, "street");
    k.click(&l("continue"));
    visit(k, "streets");
    k.click(&frontdoor::i18n::t_args(
        locale,
        "street-in-town",
        &[("street", "Mill Lane".into()), ("town", "Demoford".into())],
    ));
    k.click(&l("continue"));
    visit(k, "near which number");
    k.click(&l("start-again"));
}

/// The PIN pad, then the hub view for a signed-in hub worker.
fn staff_pages(
    k: &mut Kiosk,
    size: TextSize,
    locale: &str,
    visit: &mut dyn FnMut(&mut Kiosk, &str),
) {
    let l = |id: &str| frontdoor::i18n::t(locale, id);
    let number = k
        .app
        .store()
        .as_ref()
        .unwrap()
        .lock()
        .unwrap()
        .add_staff(
            "Pat Lee",
            frontdoor::staff::Role::Hub,
            &frontdoor::staff::hash_pin(PIN),
            common_now(),
        )
        .unwrap();
    k.send(Message::Screen(ScreenMessage::Welcome(
        welcome::Message::Size(size),
    )));
    k.send(Message::ChooseLanguage(locale.into()));
    open_pin_pad(k);
    visit(k, "staff number pad");
    for d in number.to_string().chars() {
        k.click(&d.to_string());
    }
    k.click(&l("staff-next"));
    visit(k, "staff PIN pad");
    for d in PIN.chars() {
        k.click(&d.to_string());
    }
    k.click(&l("staff-sign-in"));
    k.click(&l("hub-open"));
    visit(k, "hub view");
}

/// The payment pages (a kiosk paying through `services`): what to pay, a
/// reference with an error, how many, the check page, how to pay, the QR
/// code, paying on the phone, paid, the amount, the card reader, not paid,
/// how to pay after two declines, the cash slip, and the hub's list of
/// today's payments.
pub fn payment_pages(
    k: &mut Kiosk,
    services: &super::payments::Services,
    size: TextSize,
    locale: &str,
    visit: &mut dyn FnMut(&mut Kiosk, &str),
) {
    use frontdoor::app::screen::{Screen, payment};
    use frontdoor::app::widgets::Input;
    let l = |id: &str| frontdoor::i18n::t(locale, id);
    let items =
        frontdoor::payments::Items::load(frontdoor::config::payments::BUNDLED_ITEMS, None).unwrap();
    let name = |code: &str| items.get(code).unwrap().name_in(locale).to_string();
    let choose = |k: &mut Kiosk| {
        k.send(Message::Screen(ScreenMessage::Welcome(
            welcome::Message::Size(size),
        )));
        k.send(Message::ChooseLanguage(locale.into()));
    };
    let poll = |k: &mut Kiosk| k.send(Message::Poll);
    let payment_id = |k: &Kiosk| match k.app.screen() {
        Screen::Payment(s) => s.paying.as_ref().unwrap().payment_id.as_str().to_string(),
        _ => panic!("not paying"),
    };
    choose(k);
    k.click(&l("start"));
    visit(k, "services with payments");
    k.click(&l("pay-open"));
    visit(k, "what to pay");
    k.click(&name("garden_sacks"));
    k.type_text("12");
    k.click(&l("continue"));
    visit(k, "reference with an error");
    k.send(Message::Field(Input::Clear));
    k.type_text("123456");
    k.click(&l("continue"));
    visit(k, "how many");
    k.click(&frontdoor::i18n::t_args(
        locale,
        "pay-quantity-choice",
        &[("quantity", 3u32.into()), ("total", "£9.00".into())],
    ));
    k.click(&l("continue"));
    visit(k, "payment check");
    k.click(&l("pay-choose-how"));
    visit(k, "how to pay");
    k.click(&l("pay-method-phone"));
    visit(k, "code on screen");
    super::payments::open_on_phone(&services.next_url());
    poll(k);
    visit(k, "paying on the phone");
    services.pay.resident_pays(&payment_id(k));
    poll(k);
    visit(k, "paid");
    k.click(&l("finish"));

    choose(k);
    k.click(&l("start"));
    k.click(&l("pay-open"));
    k.click(&name("council_tax"));
    k.type_text(&super::payments::council_tax_account());
    k.click(&l("continue"));
    k.type_text("123.45");
    visit(k, "amount");
    k.click(&l("continue"));
    k.click(&l("pay-choose-how"));
    services.stripe.taps(&[
        super::stripe::Tap::NoCard,
        super::stripe::Tap::Decline("card_declined"),
        super::stripe::Tap::Decline("card_declined"),
    ]);
    k.click(&l("pay-method-card"));
    poll(k);
    visit(k, "on the card reader");
    k.click(&l("pay-stop"));
    visit(k, "not paid");
    for _ in 0..2 {
        k.click(&l("pay-other-way"));
        k.click(&l("pay-method-card"));
        poll(k);
    }
    k.click(&l("pay-other-way"));
    assert!(
        matches!(k.app.screen(), Screen::Payment(s) if s.declines == payment::DECLINES_ALLOWED)
    );
    visit(k, "how to pay after two declines");
    k.click(&l("pay-method-cash"));
    visit(k, "cash slip");
    k.click(&l("finish"));
    choose(k);
    sign_in_hub_in(k, locale);
    visit(k, "hub with payments");
}

/// Adds the tour's hub worker, signs them in and opens the hub view.
pub fn sign_in_hub(k: &mut Kiosk) {
    sign_in_hub_in(k, "en-GB");
}

/// [`sign_in_hub`], with the words of `locale` on screen.
pub fn sign_in_hub_in(k: &mut Kiosk, locale: &str) {
    let l = |id: &str| frontdoor::i18n::t(locale, id);
    let store = k.app.store().as_ref().unwrap().clone();
    let number = store
        .lock()
        .unwrap()
        .add_staff(
            "Pat Lee",
            frontdoor::staff::Role::Hub,
            &frontdoor::staff::hash_pin(PIN),
            common_now(),
        )
        .expect("the hub worker could not be added");
    open_pin_pad(k);
    k.staff_pad_in(locale, number, PIN);
    k.click(&l("hub-open"));
}

fn common_now() -> chrono::DateTime<chrono::Utc> {
    super::noon()
}

/// Holds the place name in the header for three seconds.
pub fn open_pin_pad(k: &mut Kiosk) {
    use frontdoor::app::staff::Message as Staff;
    k.send(Message::Staff(Staff::TitlePressed));
    k.send(Message::Tick(
        std::time::Instant::now() + std::time::Duration::from_secs(3),
    ));
    k.send(Message::Staff(Staff::TitleReleased));
}
