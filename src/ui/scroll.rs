//! Keeps the focused control on screen: when keypad focus moves to a control
//! below the fold (likely at the largest text size), the page scrolls to it.

use iced::Task;
use iced::advanced::widget::operation::{Operation, Outcome, Scrollable};
use iced::advanced::widget::{Id, operate};
use iced::widget::operation::{AbsoluteOffset, scroll_to};
use iced::{Rectangle, Vector};

/// The id of the page's scrollable.
pub const PAGE: Id = Id::new("page");
/// The id of the container around the focused control.
pub const FOCUSED: Id = Id::new("focused");

#[derive(Default)]
struct Find {
    page: Option<(Rectangle, Rectangle, Vector)>,
    focused: Option<Rectangle>,
    /// Bring the focused control to the top of the view, not just into it.
    to_top: bool,
}

impl Operation<Option<f32>> for Find {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<Option<f32>>)) {
        operate(self);
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&FOCUSED) {
            self.focused = Some(bounds);
        }
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        if id == Some(&PAGE) {
            self.page = Some((bounds, content_bounds, translation));
        }
    }

    fn finish(&self) -> Outcome<Option<f32>> {
        let (Some((view, content, shift)), Some(f)) = (self.page, self.focused) else {
            return Outcome::Some(None);
        };
        if self.to_top {
            return Outcome::Some(offset_to_top(content, shift, f));
        }
        Outcome::Some(offset_to_show(view, content, shift, f))
    }
}

/// The vertical offset that puts `focused` at the top of the view (with
/// the same margin), or `None` when it is there already.
pub fn offset_to_top(content: Rectangle, shift: Vector, focused: Rectangle) -> Option<f32> {
    let y = (focused.y - content.y - 24.0).max(0.0);
    ((y - shift.y).abs() > 0.5).then_some(y)
}

/// The vertical offset that brings `focused` into the scrollable's view, or
/// `None` when it is already fully visible.
pub fn offset_to_show(
    view: Rectangle,
    content: Rectangle,
    shift: Vector,
    focused: Rectangle,
) -> Option<f32> {
    let margin = 24.0;
    let top = focused.y - content.y;
    let bottom = top + focused.height;
    if top < shift.y {
        Some((top - margin).max(0.0))
    } else if bottom > shift.y + view.height {
        Some(bottom - view.height + margin)
    } else {
        None
    }
}

/// A task that scrolls the page so the focused control shows.
pub fn reveal_focused<M: Send + 'static>() -> Task<M> {
    scroll_by(Find::default())
}

/// A task that scrolls the page so the focused control is at the top of
/// the view: for a field whose answers appear under it (the search), so
/// they show above the on-screen keyboard.
pub fn focused_to_top<M: Send + 'static>() -> Task<M> {
    scroll_by(Find {
        to_top: true,
        ..Find::default()
    })
}

fn scroll_by<M: Send + 'static>(find: Find) -> Task<M> {
    operate(find).then(|offset: Option<f32>| match offset {
        Some(y) => scroll_to(
            PAGE,
            AbsoluteOffset {
                x: None,
                y: Some(y),
            },
        ),
        None => Task::none(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brings_a_control_to_the_top_only_when_it_is_not_there() {
        let content = Rectangle::new((0.0, 100.0).into(), (800.0, 2000.0).into());
        let at = |y: f32| Rectangle::new((0.0, 100.0 + y).into(), (200.0, 60.0).into());
        let none = Vector::new(0.0, 0.0);
        assert_eq!(offset_to_top(content, none, at(300.0)), Some(276.0));
        assert_eq!(
            offset_to_top(content, Vector::new(0.0, 276.0), at(300.0)),
            None
        );
        assert_eq!(offset_to_top(content, none, at(10.0)), None);
    }

    #[test]
    fn scrolls_only_when_needed() {
        let view = Rectangle::new((0.0, 100.0).into(), (800.0, 500.0).into());
        let content = Rectangle::new((0.0, 100.0).into(), (800.0, 2000.0).into());
        let at = |y: f32| Rectangle::new((0.0, 100.0 + y).into(), (200.0, 60.0).into());
        let none = Vector::new(0.0, 0.0);
        assert_eq!(offset_to_show(view, content, none, at(100.0)), None);
        assert_eq!(
            offset_to_show(view, content, none, at(900.0)),
            Some(900.0 + 60.0 - 500.0 + 24.0)
        );
        let scrolled = Vector::new(0.0, 800.0);
        assert_eq!(
            offset_to_show(view, content, scrolled, at(100.0)),
            Some(76.0)
        );
    }
}
