//! The hub's last twelve weeks as charts: journeys started and finished,
//! satisfaction against the 85% and 95% targets, and help requests with
//! the share of journeys a digital champion helped with. Under each chart
//! its numbers, week by week, as words.

use super::{Message, TARGETS};
use crate::app::effect::{HubData, Week};
use crate::app::widgets::El;
use crate::i18n;
use crate::ui::chart::{Chart, Mark, Series, swatch};
use crate::ui::{Ctx, Palette};
use iced::widget::{column, container};
use iced::{Alignment, Color, Length};

/// Colours for the series: the theme's own, distinct in both themes.
fn colours(p: Palette) -> [Color; 3] {
    [p.selected, p.primary, p.secondary]
}

/// The charts section.
pub fn section(ctx: &Ctx<'_, Message>, data: &HubData, body: &mut Vec<El<Message>>) {
    let weeks = &data.weeks;
    if weeks.is_empty() {
        return;
    }
    body.push(ctx.subheading(ctx.t("hub-trends")).into());
    journeys(ctx, weeks, body);
    satisfaction(ctx, weeks, body);
    help(ctx, weeks, body);
    body.push(
        ctx.body(ctx.t("hub-week-by-week"))
            .font(crate::ui::BOLD)
            .into(),
    );
    let words: Vec<El<Message>> = weeks
        .iter()
        .rev()
        .map(|w| ctx.body(week_words(ctx, w)).into())
        .collect();
    body.push(column(words).spacing(ctx.px(6.0)).into());
}

/// One value a week, from its measures.
fn count(weeks: &[Week], f: fn(&crate::outbox::Measures) -> u64) -> Vec<Option<f32>> {
    weeks.iter().map(|w| Some(f(&w.measures) as f32)).collect()
}

/// A percentage a week, where the week has one.
fn pct(w: &Week, f: fn(&crate::outbox::Measures) -> Option<u64>) -> Option<f32> {
    f(&w.measures).map(|v| v as f32)
}

/// Journeys started and finished, as bars.
fn journeys(ctx: &Ctx<'_, Message>, weeks: &[Week], body: &mut Vec<El<Message>>) {
    let p = ctx.palette;
    let [c1, c2, _] = colours(p);
    let journeys = vec![
        Series {
            values: count(weeks, |m| m.started),
            color: c1,
            mark: Mark::Bar,
        },
        Series {
            values: count(weeks, |m| m.completed),
            color: c2,
            mark: Mark::Bar,
        },
    ];
    chart(
        ctx,
        weeks,
        body,
        "hub-chart-journeys",
        &[("hub-legend-started", c1), ("hub-legend-finished", c2)],
        Chart {
            top: Chart::top_of(&journeys),
            series: journeys,
            targets: Vec::new(),
            palette: p,
            rtl: ctx.rtl,
        },
    );
}

/// Satisfaction as a line against the targets.
fn satisfaction(ctx: &Ctx<'_, Message>, weeks: &[Week], body: &mut Vec<El<Message>>) {
    let p = ctx.palette;
    let [c1, _, _] = colours(p);
    let satisfaction = vec![Series {
        values: weeks.iter().map(|w| pct(w, |m| m.satisfaction())).collect(),
        color: c1,
        mark: Mark::Line,
    }];
    chart(
        ctx,
        weeks,
        body,
        "hub-chart-satisfaction",
        &[("hub-legend-satisfied", c1), ("hub-legend-target", p.error)],
        Chart {
            series: satisfaction,
            top: 100.0,
            targets: TARGETS.iter().map(|&t| t as f32).collect(),
            palette: p,
            rtl: ctx.rtl,
        },
    );
}

/// Help requests as bars, with the share of journeys helped as a line.
fn help(ctx: &Ctx<'_, Message>, weeks: &[Week], body: &mut Vec<El<Message>>) {
    let p = ctx.palette;
    let [c1, _, c3] = colours(p);
    let help = count(weeks, |m| m.help_requests);
    let assisted: Vec<Option<f32>> = weeks
        .iter()
        .map(|w| pct(w, |m| m.assisted_share()))
        .collect();
    // Help requests against their own scale, the share against 100%: two
    // charts would split one story, so the share is scaled onto the count's
    // axis only when there are requests; the words below give both.
    let top = Chart::top_of(&[Series {
        values: help.clone(),
        color: c3,
        mark: Mark::Bar,
    }]);
    let assisted_scaled = assisted
        .iter()
        .map(|v| v.map(|v| v / 100.0 * top))
        .collect();
    chart(
        ctx,
        weeks,
        body,
        "hub-chart-help",
        &[("hub-legend-help", c3), ("hub-legend-assisted", c1)],
        Chart {
            series: vec![
                Series {
                    values: help,
                    color: c3,
                    mark: Mark::Bar,
                },
                Series {
                    values: assisted_scaled,
                    color: c1,
                    mark: Mark::Line,
                },
            ],
            top,
            targets: Vec::new(),
            palette: p,
            rtl: ctx.rtl,
        },
    );
}

/// A chart with its title and legend above it, and under it where its
/// weeks begin and end.
fn chart(
    ctx: &Ctx<'_, Message>,
    weeks: &[Week],
    body: &mut Vec<El<Message>>,
    title: &str,
    legend: &[(&str, Color)],
    chart: Chart,
) {
    body.push(ctx.body(ctx.t(title)).font(crate::ui::BOLD).into());
    let keys: Vec<El<Message>> = legend
        .iter()
        .map(|(id, c)| {
            ctx.row(vec![swatch(*c, ctx.px(18.0)), ctx.body(ctx.t(id)).into()])
                .spacing(ctx.px(8.0))
                .align_y(Alignment::Center)
                .into()
        })
        .collect();
    body.push(ctx.row(keys).spacing(ctx.px(24.0)).into());
    let width = ctx.px(720.0).min(1000.0);
    body.push(chart.view(width, ctx.px(160.0)));
    if let Some(first) = weeks.first() {
        let ends = ctx.row(vec![
            ctx.hint(i18n::long_date(ctx.locale, first.starts)).into(),
            iced::widget::Space::new().width(Length::Fill).into(),
            ctx.hint(ctx.t("hub-week")).into(),
        ]);
        body.push(container(ends).width(width).into());
    }
}

/// One week's numbers in words.
fn week_words(ctx: &Ctx<'_, Message>, w: &Week) -> String {
    let m = &w.measures;
    let satisfied = match m.satisfaction() {
        Some(p) => ctx.ta("hub-week-satisfied", &[("percent", p.into())]),
        None => ctx.t("hub-week-no-ratings"),
    };
    ctx.ta(
        "hub-week-line",
        &[
            ("date", i18n::long_date(ctx.locale, w.starts).into()),
            ("started", m.started.into()),
            ("finished", m.completed.into()),
            ("satisfied", satisfied.into()),
            ("help", m.help_requests.into()),
            ("assisted", m.assisted_share().unwrap_or(0).into()),
        ],
    )
}

/// How soon help calls were answered, week by week, as words.
pub fn answers(ctx: &Ctx<'_, Message>, data: &HubData, body: &mut Vec<El<Message>>) {
    let minutes = |s: i64| (s as f64 / 60.0).ceil().max(1.0) as u64;
    let lines: Vec<El<Message>> = data
        .answers
        .iter()
        .rev()
        .filter(|w| w.calls > 0)
        .take(4)
        .map(|w| {
            let words = match (w.median_secs, w.p90_secs) {
                (Some(m), Some(p90)) => ctx.ta(
                    "hub-help-answered",
                    &[
                        ("date", i18n::long_date(ctx.locale, w.week_starting).into()),
                        ("calls", w.calls.into()),
                        ("answered", w.answered.into()),
                        ("median", minutes(m).into()),
                        ("p90", minutes(p90).into()),
                    ],
                ),
                _ => ctx.ta(
                    "hub-help-none-answered",
                    &[
                        ("date", i18n::long_date(ctx.locale, w.week_starting).into()),
                        ("calls", w.calls.into()),
                    ],
                ),
            };
            ctx.body(words).into()
        })
        .collect();
    if !lines.is_empty() {
        body.push(ctx.subheading(ctx.t("hub-help-calls")).into());
        body.push(column(lines).spacing(ctx.px(6.0)).into());
    }
}
