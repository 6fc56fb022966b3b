"""The Qt layer: windows, views and dialogs over the core, installed as icvapp.ui."""
