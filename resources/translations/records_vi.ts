<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="136"/>
        <source>Words in the title…</source>
        <translation>Từ trong tên…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="137"/>
        <source>Province (former or current)</source>
        <translation>Tỉnh/thành (cũ hoặc mới)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="138"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="139"/>
        <source>Clear filters</source>
        <translation>Xoá bộ lọc</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="140"/>
        <source>All themes</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="140"/>
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="140"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="147"/>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="148"/>
        <source>To year</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="149"/>
        <source>Records whose period overlaps these years</source>
        <translation>Các bản ghi có thời gian thực hiện trùng với những năm này</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="160"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các ô được đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="181"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>NNNN, NNNN-TT hoặc NNNN-TT-NN</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="183"/>
        <source>separate items with ;</source>
        <translation>các mục cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="185"/>
        <source>New record: {area}</source>
        <translation>Thêm mới: {area}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="185"/>
        <source>Edit record: {area}</source>
        <translation>Sửa: {area}</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="180"/>
        <source>Choose a row to see all its details here.</source>
        <translation>Chọn một dòng để xem đầy đủ thông tin ở đây.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="182"/>
        <source>Nothing matches these filters. Clear the filters to see every record.</source>
        <translation>Không có bản ghi nào khớp với bộ lọc. Bấm «Xoá bộ lọc» để xem tất cả.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="229"/>
        <source>Deleted “{title}”.</source>
        <translation>Đã xoá «{title}».</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="250"/>
        <source>{count} records</source>
        <translation>{count} bản ghi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="261"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="262"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="263"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="264"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="266"/>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="266"/>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="266"/>
        <source>Provinces</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="267"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="267"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="267"/>
        <location filename="../../pan_desktop/ui/records/page.py" line="268"/>
        <location filename="../../pan_desktop/ui/records/page.py" line="269"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="268"/>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="268"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="269"/>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="272"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
</context>
</TS>
