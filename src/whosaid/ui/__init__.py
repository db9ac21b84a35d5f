"""The web pages' templates (``templates/``) and assets (``static/``).

Served by :func:`whosaid.api.create_app`; everything is bundled, nothing is
loaded from a CDN.
"""
