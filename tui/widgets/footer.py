"""Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer recomposes (unmounts and mounts a widget per key, then lays the screen out
again) on every focus change. Moving between the six panels changes no key it shows (the lists'
own keys are hidden), yet that rebuild was most of the cost of a Tab press.
"""
from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class QuietFooter(Footer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple | None = None

    def _keys_shown(self) -> tuple:
        """What compose() would draw: the shown bindings, whether enabled, and their tooltips."""
        keys = tuple((binding.key, binding.action, binding.description, enabled, tooltip)
                     for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
                     if binding.show)
        return (keys, self.compact, self.show_command_palette,
                self.app.COMMAND_PALETTE_BINDING in self.screen.active_bindings)

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        shown = self._keys_shown()
        if shown != self._shown:
            self._shown = shown
            await super().recompose()

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # Each key is bound to `compact`, which sets this class once the key is styled:
                # a restyle per key on every rebuild. Set before, the binding changes nothing.
                widget.set_class(self.compact, "-compact", update=False)
            yield widget
