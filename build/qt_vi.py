"""Write ``resources/translations/qt_vi.ts``: Vietnamese for the strings Qt itself shows (PySide6 ships no
``qtbase_vi.qm``). ``python build/qt_vi.py`` regenerates the file from the table below, in Qt's own
contexts and source strings; ``build/i18n.py update`` never touches it (it re-extracts only our areas).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "qt_vi.ts"

EDIT_MENU = {"&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép", "&Paste": "&Dán",
             "Delete": "Xóa", "Select All": "Chọn tất cả"}
QT_VI: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có", "Yes to &All": "Có với &tất cả",
        "&No": "&Không", "N&o to All": "Kh&ông với tất cả", "Abort": "Hủy bỏ", "Retry": "Thử lại", "Ignore": "Bỏ qua",
        "Close": "Đóng", "Cancel": "Hủy", "Discard": "Bỏ thay đổi", "Help": "Trợ giúp", "Apply": "Áp dụng",
        "Reset": "Đặt lại", "Restore Defaults": "Khôi phục mặc định",
    },
    "QMessageBox": {
        "Show Details...": "Xem chi tiết…", "Hide Details...": "Ẩn chi tiết…", "OK": "Đồng ý",
        "About Qt": "Giới thiệu Qt",
    },
    "QProgressDialog": {"Cancel": "Hủy"},
    "QLineEdit": dict(EDIT_MENU),
    "QWidgetTextControl": {**EDIT_MENU, "Copy &Link Location": "Sao chép địa chỉ &liên kết"},
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng", "Step &down": "&Giảm"},
    "QScrollBar": {
        "Scroll here": "Cuộn đến đây", "Left edge": "Mép trái", "Top": "Đầu", "Right edge": "Mép phải",
        "Bottom": "Cuối", "Page left": "Trang trái", "Page up": "Trang trên", "Page right": "Trang phải",
        "Page down": "Trang dưới", "Scroll left": "Cuộn sang trái", "Scroll up": "Cuộn lên",
        "Scroll right": "Cuộn sang phải", "Scroll down": "Cuộn xuống",
    },
    "QFileDialog": {
        "Look in:": "Tìm trong:", "&Look in:": "&Tìm trong:", "Files of &type:": "&Loại tệp:", "File &name:": "&Tên tệp:", "Files of type:": "Loại tệp:", "Back": "Quay lại",
        "Forward": "Tiến tới", "Parent Directory": "Thư mục cha", "Create New Folder": "Tạo thư mục mới",
        "List View": "Dạng danh sách", "Detail View": "Dạng chi tiết", "Sidebar": "Thanh bên", "Files": "Tệp",
        "Go back": "Quay lại", "Go forward": "Tiến tới", "Go to the parent directory": "Lên thư mục cha",
        "Create a New Folder": "Tạo một thư mục mới", "Change to list view mode": "Xem dạng danh sách",
        "Change to detail view mode": "Xem dạng chi tiết", "List of places and bookmarks": "Các nơi và dấu trang",
        "Open": "Mở", "&Open": "&Mở", "Save As": "Lưu thành", "&Save": "&Lưu", "&Choose": "&Chọn",
        "Directories": "Thư mục", "Directory:": "Thư mục:", "All Files (*)": "Mọi tệp (*)", "All Files (*.*)": "Mọi tệp (*.*)",
        "&Rename": "Đổi &tên", "&Delete": "&Xóa", "Show &hidden files": "Hiện tệp ẩ&n", "&New Folder": "Thư mục &mới",
        "New Folder": "Thư mục mới", "Find Directory": "Tìm thư mục", "Recent Places": "Nơi mở gần đây",
        "My Computer": "Máy tính", "Computer": "Máy tính", "Delete": "Xóa", "Save in:": "Lưu vào:",
        "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xóa “%1”?",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn thay thế không?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
        "'%1' is write protected.\nDo you want to delete it anyway?": "“%1” đang được bảo vệ chống ghi.\nBạn vẫn muốn xóa?",
        "Could not delete directory.": "Không xóa được thư mục.",
    },
    "QFileSystemModel": {
        "Name": "Tên", "Size": "Kích thước", "Type": "Loại", "Kind": "Loại", "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính", "Computer": "Máy tính",
    },
    "QAbstractFileIconProvider": {
        "Drive": "Ổ đĩa", "File Folder": "Thư mục", "Folder": "Thư mục", "Shortcut": "Lối tắt", "Alias": "Bí danh",
        "%1 File": "Tệp %1", "File": "Tệp", "Unknown": "Không rõ",
    },
    "QInputDialog": {"Enter a value:": "Nhập một giá trị:"},
}


def write(path: Path = TS) -> Path:
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    for context, messages in QT_VI.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, text in messages.items():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = text
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write())
