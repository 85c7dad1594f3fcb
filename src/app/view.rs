//! Every screen but the journey pages: the frame (header band, Back, Start
//! again, Get help), welcome, services, search, signpost, saving,
//! confirmation; dialogs are in `dialogs`.

use super::{App, Message, Screen};
use crate::catalogue::Service;
use crate::outbox::Rating;
use crate::ui::{self, Ctx, Kind, TextSize, keyboard};
use iced::widget::{Space, center, column, container, opaque, scrollable, stack, text};
use iced::{Alignment, Color, Element, Length, Padding};

type El = Element<'static, Message>;

/// Which of the frame's navigation buttons a screen shows.
pub(super) struct Nav {
    pub back: bool,
    pub start_again: bool,
}

impl Nav {
    /// Back and Start again: every screen inside a session.
    pub const BOTH: Nav = Nav {
        back: true,
        start_again: true,
    };
    /// Neither: the welcome, saving and confirmation screens.
    pub const NONE: Nav = Nav {
        back: false,
        start_again: false,
    };
}

impl App {
    /// Draws the current screen with a view context that records focus.
    pub(super) fn view_with(&self, ctx: &Ctx<'_, Message>) -> El {
        if let Some(problem) = &self.out_of_order {
            return super::dialogs::out_of_order(ctx, problem);
        }
        let overlay = self.warning_since.is_some()
            || self.help_asked
            || self.languages_open
            || self.staff_pad.is_some();
        if !overlay {
            return self.page(ctx);
        }
        // The page stays visible under the dialog but its controls cannot be
        // reached: only the dialog's controls are registered for focus.
        let under = Ctx::new(ctx.locale, ctx.size, None).with_palette(ctx.palette);
        let page = self.page(&under);
        let dialog = if self.warning_since.is_some() {
            self.idle_dialog(ctx)
        } else if self.help_asked {
            self.help_dialog(ctx)
        } else if self.staff_pad.is_some() {
            self.staff_dialog(ctx)
        } else {
            self.languages_dialog(ctx)
        };
        let shade = container(center(dialog).padding(ctx.px(24.0)))
            .width(Length::Fill)
            .height(Length::Fill)
            .style(ui::panel(
                Color {
                    a: 0.7,
                    ..Color::BLACK
                },
                Color::WHITE,
            ));
        stack![page, opaque(shade)].into()
    }

    fn page(&self, ctx: &Ctx<'_, Message>) -> El {
        match &self.screen {
            Screen::Welcome => self.welcome(ctx),
            Screen::Services => self.services(ctx),
            Screen::Group(g) => self.group(ctx, g),
            Screen::Search(q) => self.search(ctx, q),
            Screen::Progress(p) => self.progress_page(ctx, p),
            Screen::Hub(h) => self.hub_page(ctx, h),
            Screen::Journey(j) => self.journey_page(ctx, j),
            Screen::Appointment(b) => self.appointment_page(ctx, b),
            Screen::Signpost { code, rated } => self.signpost(ctx, code, *rated),
            Screen::Saving(_) => self.frame(
                ctx,
                Nav::NONE,
                vec![
                    ctx.heading(ctx.t("saving-heading")).into(),
                    ctx.body(ctx.t("saving-body")).into(),
                ],
            ),
            Screen::SaveFailed { .. } => self.save_failed(ctx),
            Screen::Confirmation { .. } => self.confirmation(ctx),
        }
    }

    /// The frame around every screen: the header band with Get help, the
    /// navigation row, and the page content in a scrollable column.
    pub(super) fn frame(&self, ctx: &Ctx<'_, Message>, nav: Nav, body: Vec<El>) -> El {
        self.frame_docked(ctx, nav, body, None)
    }

    /// The frame with a dock under the scrolling page: the on-screen
    /// keyboard lives there, so it is always in view and never covers the
    /// field, which scrolls into view above it.
    pub(super) fn frame_docked(
        &self,
        ctx: &Ctx<'_, Message>,
        nav: Nav,
        body: Vec<El>,
        dock: Option<El>,
    ) -> El {
        let p = ctx.palette;
        let place = match &self.config.kiosk.council_name {
            Some(council) => format!("{council} · {}", self.config.kiosk.site_name),
            None => self.config.kiosk.site_name.clone(),
        };
        let help_label = if self.help_asked {
            ctx.t("help-asked-short")
        } else {
            ctx.t("help-button")
        };
        let speech_label = self.speech_label();
        // The header's buttons, and whether they leave room for the place
        // name beside them: long words or large text put it on its own line.
        let font = ctx.key_px(23.0);
        let chars = [
            ctx.t("language-button"),
            speech_label.clone(),
            help_label.clone(),
        ]
        .iter()
        .map(|l| l.chars().count())
        .sum::<usize>();
        let buttons_px = chars as f32 * font * 0.58 + 3.0 * ctx.key_px(36.0) + font * 1.2;
        let place_px = place.chars().count() as f32 * font * 0.6;
        let crowded = buttons_px + place_px.min(360.0) > 1180.0;
        // Held for three seconds, the place name opens the staff PIN pad:
        // discreet, and not found by tapping around.
        let title: El = iced::widget::mouse_area(
            ctx.fill_text(
                text(place)
                    .size(ctx.key_px(22.0))
                    .font(ui::BOLD)
                    .shaping(text::Shaping::Advanced),
            ),
        )
        .on_press(Message::TitlePressed)
        .on_release(Message::TitleReleased)
        .into();
        let buttons = vec![
            ctx.button_with(
                ctx.row(vec![
                    ui::globe(ctx.key_px(26.0), p.on_band),
                    ctx.body(ctx.t("language-button")).size(font).into(),
                ])
                .spacing(ctx.px(10.0))
                .align_y(Alignment::Center)
                .into(),
                ctx.t("language-button"),
                Message::OpenLanguages,
                Kind::Band,
            ),
            ctx.button(speech_label, Message::ToggleSpeech, Kind::Band),
            ctx.button(help_label, Message::Help, Kind::Band),
        ];
        let content: El = if crowded {
            column![
                title,
                container(ctx.row(buttons).spacing(ctx.px(16.0)))
                    .width(Length::Fill)
                    .align_x(if ctx.rtl {
                        Alignment::Start
                    } else {
                        Alignment::End
                    }),
            ]
            .spacing(ctx.px(8.0))
            .into()
        } else {
            let mut all = vec![title];
            all.extend(buttons);
            ctx.row(all)
                .align_y(Alignment::Center)
                .spacing(ctx.px(16.0))
                .into()
        };
        let band = container(content)
            .padding(Padding::from([ctx.px(10.0), ctx.px(24.0)]))
            .width(Length::Fill)
            .style(ui::panel(p.band, p.on_band));

        let mut nav_row: Vec<El> = Vec::new();
        if nav.back {
            let arrow = ctx.body(if ctx.rtl { "›" } else { "‹" });
            let label = ctx
                .row(vec![
                    arrow.into(),
                    ctx.body(ctx.t("back")).size(ctx.px(24.0)).into(),
                ])
                .spacing(ctx.px(8.0));
            nav_row.push(ctx.button_with(
                label.into(),
                ctx.t("back"),
                Message::Back,
                Kind::Secondary,
            ));
        }
        if self.speech.on {
            nav_row.push(ctx.button(
                ctx.t("speech-quieter"),
                Message::Volume(false),
                Kind::Secondary,
            ));
            nav_row.push(ctx.button(
                ctx.t("speech-louder"),
                Message::Volume(true),
                Kind::Secondary,
            ));
        }
        if nav.start_again {
            nav_row.push(ctx.button(ctx.t("start-again"), Message::StartAgain, Kind::Secondary));
        }
        // Built before the page's content begins, so staff controls are
        // never where focus starts.
        let staff_bar = self.staff_bar(ctx);
        ctx.begin_content();
        let content = column(body)
            .spacing(ctx.px(22.0))
            .align_x(ctx.start())
            .max_width(1100.0 * ctx.size.scale().min(1.15));
        let page = column![
            ctx.row(nav_row).spacing(ctx.px(16.0)),
            content,
            Space::new().height(ctx.px(40.0)),
        ]
        .align_x(ctx.start())
        .spacing(ctx.px(20.0))
        .padding(Padding::from([ctx.px(16.0), ctx.px(32.0)]));
        let mut screen = column![band];
        if let Some(bar) = staff_bar {
            screen = screen.push(bar);
        }
        screen = screen.push(
            scrollable(container(page).width(Length::Fill).center_x(Length::Fill))
                .id(ui::scroll::PAGE)
                .height(Length::Fill),
        );
        if let Some(dock) = dock {
            let p = ctx.palette;
            screen = screen.push(
                container(dock)
                    .padding(Padding::from([ctx.px(10.0), ctx.px(32.0)]))
                    .width(Length::Fill)
                    .center_x(Length::Fill)
                    .style(ui::panel(p.dock, p.text)),
            );
        }
        screen.into()
    }

    fn welcome(&self, ctx: &Ctx<'_, Message>) -> El {
        let mut body: Vec<El> = vec![
            ctx.heading(ctx.ta(
                "welcome-heading",
                &[("site", self.config.kiosk.site_name.clone())],
            ))
            .into(),
            ctx.body(ctx.t("welcome-intro")).into(),
        ];
        body.push(ctx.subheading(ctx.t("choose-language")).into());
        body.push(self.language_choices(ctx, 4));
        body.push(ctx.subheading(ctx.t("choose-text-size")).into());
        let sizes: Vec<El> = TextSize::ALL
            .iter()
            .map(|&s| {
                let label = text(ctx.t(s.message_id()))
                    .size((24.0 * s.scale()).round())
                    .font(ui::BODY)
                    .shaping(text::Shaping::Advanced);
                ctx.button_with(
                    label.into(),
                    ctx.t(s.message_id()),
                    Message::ChooseSize(s),
                    Kind::Choice {
                        selected: s == self.size,
                    },
                )
            })
            .collect();
        body.push(
            ctx.row(sizes)
                .spacing(ctx.px(16.0))
                .align_y(Alignment::Center)
                .into(),
        );
        body.push(ctx.subheading(ctx.t("choose-colours")).into());
        let colours: Vec<El> = [(false, "colours-standard"), (true, "colours-high-contrast")]
            .iter()
            .map(|&(high, id)| {
                ctx.button(
                    ctx.t(id),
                    Message::ChooseContrast(high),
                    Kind::Choice {
                        selected: high == self.high_contrast,
                    },
                )
            })
            .collect();
        body.push(wrap(ctx, colours, 2));
        body.push(ctx.button(ctx.t("start"), Message::Start, Kind::Primary));
        self.frame(ctx, Nav::NONE, body)
    }

    fn services(&self, ctx: &Ctx<'_, Message>) -> El {
        let mut body: Vec<El> = vec![ctx.heading(ctx.t("services-heading")).into()];
        body.push(
            ctx.row(vec![
                ctx.button(ctx.t("search-open"), Message::OpenSearch, Kind::Secondary),
                ctx.button(
                    ctx.t("progress-open"),
                    Message::OpenProgress,
                    Kind::Secondary,
                ),
            ])
            .spacing(ctx.px(16.0))
            .into(),
        );
        let tiles: Vec<El> = self
            .catalogue
            .groups
            .iter()
            .filter_map(|g| {
                let count = self
                    .catalogue
                    .in_group(&g.name)
                    .filter(|s| !s.champion_only || self.assisted)
                    .count();
                (count > 0).then(|| {
                    let label = column![
                        ctx.subheading(self.catalogue.group_name(&g.name, &self.locale)),
                        ctx.body(ctx.ta("group-count", &[("count", count.to_string())])),
                    ]
                    .spacing(ctx.px(4.0))
                    .align_x(ctx.start())
                    .width(Length::Fill);
                    ctx.button_with(
                        label.into(),
                        self.catalogue.group_name(&g.name, &self.locale),
                        Message::OpenGroup(g.name.clone()),
                        Kind::Secondary,
                    )
                })
            })
            .collect();
        body.push(wrap(ctx, tiles, 2));
        self.frame(ctx, Nav::BOTH, body)
    }

    fn service_tile(&self, ctx: &Ctx<'_, Message>, s: &Service) -> El {
        let mut label = column![ctx.subheading(s.name_in(&self.locale))]
            .spacing(ctx.px(4.0))
            .align_x(ctx.start())
            .width(Length::Fill);
        if let Some(d) = s.description_in(&self.locale) {
            label = label.push(ctx.body(d));
        }
        ctx.button_with(
            label.into(),
            s.name_in(&self.locale),
            Message::OpenService(s.code.clone()),
            Kind::Secondary,
        )
    }

    fn group(&self, ctx: &Ctx<'_, Message>, group: &str) -> El {
        let mut body: Vec<El> = vec![
            ctx.heading(self.catalogue.group_name(group, &self.locale))
                .into(),
        ];
        for s in self
            .catalogue
            .in_group(group)
            .filter(|s| !s.champion_only || self.assisted)
        {
            body.push(self.service_tile(ctx, s));
        }
        self.frame(ctx, Nav::BOTH, body)
    }

    fn search(&self, ctx: &Ctx<'_, Message>, query: &str) -> El {
        let mut body: Vec<El> = vec![
            ctx.heading(ctx.t("search-heading")).into(),
            ctx.hint(ctx.t("search-hint")).into(),
            self.field(ctx, query, false, false),
        ];
        let results: Vec<&Service> = self
            .catalogue
            .search(query, &self.locale)
            .into_iter()
            .filter(|s| !s.champion_only || self.assisted)
            .collect();
        if !query.trim().is_empty() {
            if results.is_empty() {
                body.push(
                    ctx.body(ctx.ta("search-none", &[("query", query.trim().to_string())]))
                        .into(),
                );
            } else {
                body.push(
                    ctx.body(ctx.ta("search-count", &[("count", results.len().to_string())]))
                        .into(),
                );
                for s in results.iter().take(6) {
                    body.push(self.service_tile(ctx, s));
                }
            }
        }
        let dock = self.keyboard_dock(ctx, crate::journey::FieldKind::Line);
        self.frame_docked(ctx, Nav::BOTH, body, Some(dock))
    }

    /// The on-screen keyboard, or the button that brings it back.
    pub(super) fn keyboard_dock(
        &self,
        ctx: &Ctx<'_, Message>,
        kind: crate::journey::FieldKind,
    ) -> El {
        if self.keyboard_hidden {
            return ctx.button(
                ctx.t("keyboard-show"),
                Message::ToggleKeyboard,
                Kind::Secondary,
            );
        }
        let board = keyboard::view(ctx, kind, self.capitals, self.latin_keyboard, &keys());
        let hide_label = ctx.body(ctx.t("keyboard-hide")).size(ctx.key_px(23.0));
        let hide = ctx.button_with(
            hide_label.into(),
            ctx.t("keyboard-hide"),
            Message::ToggleKeyboard,
            Kind::Secondary,
        );
        ctx.row(vec![board, hide]).spacing(ctx.px(24.0)).into()
    }

    /// The text field: shows what was typed, with a caret when focused.
    pub(super) fn field(
        &self,
        ctx: &Ctx<'_, Message>,
        value: &str,
        multiline: bool,
        error: bool,
    ) -> El {
        let p = ctx.palette;
        // The field's own words are not read out: it may hold personal
        // details, and staff PIN entry is masked.
        let focused = ctx.register(Message::FocusField, &ctx.t("speech-field"));
        // What was typed reads in its own direction: Arabic or Urdu from the
        // right (the caret at its left end), a postcode from the left, even
        // on an Arabic screen.
        let rtl = match value.chars().find(|c| c.is_alphabetic()) {
            Some(c) => crate::i18n::is_rtl_char(c),
            None => ctx.rtl,
        };
        let shown = if focused {
            format!("{value}|")
        } else {
            value.to_string()
        };
        let edge = if error {
            p.error
        } else if focused {
            p.text
        } else {
            p.border
        };
        let width = if focused || error { 5.0 } else { 3.0 };
        let height = if multiline {
            ctx.px(120.0)
        } else {
            ctx.px(64.0)
        };
        let inner = container(
            text(shown)
                .size(ctx.px(26.0))
                .font(ui::BODY)
                .shaping(text::Shaping::Advanced)
                .wrapping(text::Wrapping::WordOrGlyph),
        )
        .padding(ctx.px(12.0))
        .width(Length::Fill)
        .height(height)
        .align_x(if rtl {
            Alignment::End
        } else {
            Alignment::Start
        })
        .style(move |_: &iced::Theme| container::Style {
            text_color: Some(p.text),
            background: Some(iced::Background::Color(if focused {
                p.field_focus
            } else {
                p.background
            })),
            border: iced::Border {
                color: edge,
                width,
                radius: 0.0.into(),
            },
            ..container::Style::default()
        });
        let touch = iced::widget::mouse_area(inner).on_press(Message::FocusField);
        if focused {
            container(touch).id(ui::scroll::FOCUSED).into()
        } else {
            touch.into()
        }
    }

    fn signpost(&self, ctx: &Ctx<'_, Message>, code: &str, rated: Option<Rating>) -> El {
        let Some(service) = self
            .catalogue
            .service(code)
            .map(|s| s.localised(&self.locale))
        else {
            return self.frame(ctx, Nav::BOTH, Vec::new());
        };
        let mut body: Vec<El> = vec![ctx.heading(service.name.clone()).into()];
        if let Some(help) = &service.help {
            body.push(ctx.body(help.clone()).into());
        }
        if let Some(sp) = &service.signpost {
            body.push(ctx.subheading(sp.organisation.clone()).into());
            let rows = [
                ("signpost-phone", &sp.phone),
                ("signpost-web", &sp.web),
                ("signpost-visit", &sp.visit),
                ("signpost-hours", &sp.hours),
            ];
            for (label, value) in rows {
                if let Some(v) = value {
                    body.push(
                        column![ctx.body(ctx.t(label)).font(ui::BOLD), ctx.body(v.clone())]
                            .spacing(ctx.px(2.0))
                            .align_x(ctx.start())
                            .into(),
                    );
                }
            }
            body.push(ctx.hint(ctx.t("signpost-photo")).into());
        }
        body.push(self.rating(ctx, rated));
        body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
        self.frame(ctx, Nav::BOTH, body)
    }

    fn save_failed(&self, ctx: &Ctx<'_, Message>) -> El {
        let p = ctx.palette;
        let body: Vec<El> = vec![
            container(
                column![
                    ctx.subheading(ctx.t("save-failed-heading")),
                    ctx.body(ctx.t("save-failed-body"))
                ]
                .spacing(ctx.px(8.0))
                .align_x(ctx.start()),
            )
            .padding(ctx.px(20.0))
            .width(Length::Fill)
            .style(ui::boxed(p, p.error, p.background))
            .into(),
            ctx.button(ctx.t("try-again"), Message::RetrySave, Kind::Primary),
        ];
        self.frame(ctx, Nav::BOTH, body)
    }

    fn confirmation(&self, ctx: &Ctx<'_, Message>) -> El {
        let Screen::Confirmation {
            reference,
            service,
            qr,
            printing,
            rated,
            slip,
            ..
        } = &self.screen
        else {
            return self.frame(ctx, Nav::NONE, Vec::new());
        };
        let (qr, printing, rated, slip) = (qr.as_ref(), printing.as_ref(), *rated, slip.as_deref());
        let p = ctx.palette;
        let heading = match slip {
            None => "confirmation-heading",
            Some(s) if s.moved => "appt-moved-heading",
            Some(s) if s.provisional => "appt-provisional-heading",
            Some(_) => "appt-booked-heading",
        };
        let panel = container(
            column![
                ctx.heading(ctx.t(heading)),
                ctx.body(ctx.t("your-reference")),
                text(reference.grouped())
                    .size(ctx.px(64.0))
                    .font(ui::BOLD)
                    .shaping(text::Shaping::Advanced),
            ]
            .spacing(ctx.px(10.0))
            .align_x(Alignment::Center),
        )
        .padding(ctx.px(28.0))
        .width(Length::Fill)
        .center_x(Length::Fill)
        .style(ui::panel(p.primary, p.on_primary));
        let mut body: Vec<El> = vec![panel.into()];
        if let Some(slip) = slip {
            // When and where come first; the slip and the QR code after.
            body.extend(self.slip_lines(ctx, slip));
            body.push(ctx.body(ctx.t("reference-keep")).into());
            body.push(self.receipt_status(ctx, qr, printing));
            if !slip.by_staff {
                body.push(self.rating(ctx, rated));
            }
            body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
            return self.frame(ctx, Nav::NONE, body);
        }
        body.push(ctx.body(ctx.t("reference-keep")).into());
        body.push(self.receipt_status(ctx, qr, printing));
        body.push(ctx.subheading(ctx.t("what-next")).into());
        if let Some(next) = &service.next_steps {
            body.push(ctx.body(next.clone()).into());
        }
        let queued = matches!(self.config.backend.kind, crate::config::BackendKind::None);
        body.push(
            ctx.body(ctx.t(if queued {
                "saved-here"
            } else {
                "saved-will-send"
            }))
            .into(),
        );
        body.push(self.rating(ctx, rated));
        body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
        self.frame(ctx, Nav::NONE, body)
    }

    /// The QR code on screen, what the printer did, and Print again.
    fn receipt_status(
        &self,
        ctx: &Ctx<'_, Message>,
        qr: Option<&ui::qr::Code>,
        printing: Option<&crate::printer::Outcome>,
    ) -> El {
        let p = ctx.palette;
        let mut parts: Vec<El> = Vec::new();
        if let Some(code) = qr {
            parts.push(code.view(ctx.px(6.0)));
        }
        let words = match printing {
            None => ctx.t("printer-printing"),
            Some(outcome) => ctx.t(outcome.message_id()),
        };
        let problem = printing.is_some_and(|o| !o.printed());
        let mut said: Vec<El> = vec![ctx.body(words).into()];
        if qr.is_some() {
            said.push(ctx.hint(ctx.t("receipt-photograph")).into());
        }
        if self.config.printer.kind != crate::config::PrinterKind::None {
            said.push(ctx.button(ctx.t("print-again"), Message::PrintAgain, Kind::Secondary));
        }
        let said = column(said).spacing(ctx.px(12.0)).align_x(ctx.start());
        parts.push(if problem {
            container(said)
                .padding(ctx.px(16.0))
                .style(ui::boxed(p, p.error, p.background))
                .into()
        } else {
            said.into()
        });
        ctx.row(parts)
            .spacing(ctx.px(24.0))
            .align_y(Alignment::Center)
            .into()
    }

    fn rating(&self, ctx: &Ctx<'_, Message>, rated: Option<Rating>) -> El {
        if rated.is_some() {
            return ctx.subheading(ctx.t("rating-thanks")).into();
        }
        let buttons: Vec<El> = Rating::ALL
            .iter()
            .map(|&r| ctx.button(ctx.t(r.message_id()), Message::Rate(r), Kind::Secondary))
            .collect();
        column![
            ctx.subheading(ctx.t("rating-question")),
            wrap(ctx, buttons, 5)
        ]
        .spacing(ctx.px(12.0))
        .align_x(ctx.start())
        .into()
    }
}

pub(super) fn keys() -> keyboard::Keys<Message> {
    keyboard::Keys {
        on_text: Message::Type,
        backspace: Message::Backspace,
        clear: Message::ClearField,
        shift: Message::Shift,
        script: Message::SwitchScript,
    }
}

/// Lays blocks out in rows of `per_row`, each filling its share.
pub(super) fn wrap(ctx: &Ctx<'_, Message>, items: Vec<El>, per_row: usize) -> El {
    let per_row = if ctx.size == TextSize::Largest {
        per_row.div_ceil(2).max(1)
    } else {
        per_row
    };
    let mut rows: Vec<El> = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        let mut cells: Vec<El> = Vec::new();
        for _ in 0..per_row {
            match items.next() {
                Some(item) => cells.push(container(item).width(Length::Fill).into()),
                None => cells.push(Space::new().width(Length::Fill).into()),
            }
        }
        rows.push(ctx.row(cells).spacing(ctx.px(14.0)).into());
    }
    column(rows).spacing(ctx.px(14.0)).into()
}
