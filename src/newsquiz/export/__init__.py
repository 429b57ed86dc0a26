"""Export formats and importers: pure converters between our models and files other tools read.

Nothing here imports the UI, rich or the TinyDB store; commands pass in decks, progress and
reviews (`ExportData`) and write the bytes these modules return.
"""

from newsquiz.export.data import ExportData, select_export_data
from newsquiz.export.registry import FORMATS, ExportFormat, default_file_name

__all__ = ["FORMATS", "ExportData", "ExportFormat", "default_file_name", "select_export_data"]
