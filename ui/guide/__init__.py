"""The calm guide on screen: its controller (``controller.guide``), the page with its two views
(one step per screen, or everything at once), the breathing exercise and the parts of a step."""
