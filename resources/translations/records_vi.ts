<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="160" />
        <source>Words in the title…</source>
        <translation>Từ trong tên…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="161" />
        <source>Words in the title</source>
        <translation>Từ trong tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="162" />
        <location filename="../../pan_desktop/ui/records/filters.py" line="165" />
        <source>Province (former or current)</source>
        <translation>Tỉnh/thành (cũ hoặc mới)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="163" />
        <location filename="../../pan_desktop/ui/records/filters.py" line="166" />
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="164" />
        <source>Show every record again</source>
        <translation>Hiện lại mọi bản ghi</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="167" />
        <source>Pick an organisation by name, or type any name</source>
        <translation>Chọn một tổ chức theo tên, hoặc gõ một tên bất kỳ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="168" />
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="169" />
        <source>All themes</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="169" />
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="169" />
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="176" />
        <location filename="../../pan_desktop/ui/records/filters.py" line="180" />
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="177" />
        <location filename="../../pan_desktop/ui/records/filters.py" line="181" />
        <source>To year</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/filters.py" line="178" />
        <source>Records whose period overlaps these years</source>
        <translation>Các bản ghi có thời gian thực hiện trùng với những năm này</translation>
    </message>
</context>
<context>
    <name>OrgPicker</name>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="181" />
        <source>Type part of an organisation's name…</source>
        <translation>Gõ một phần tên tổ chức…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="182" />
        <source>Find an organisation by its name</source>
        <translation>Tìm tổ chức theo tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="183" />
        <source>Remove the selected organisation</source>
        <translation>Bỏ tổ chức đang chọn ra</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="184" />
        <source>Organisations chosen</source>
        <translation>Các tổ chức đã chọn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="186" />
        <source>Not in the list? Write its name (separate names with ;)</source>
        <translation>Không có trong danh sách? Ghi tên (các tên cách nhau bằng ;)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="187" />
        <source>Not in the list? Write its name</source>
        <translation>Không có trong danh sách? Ghi tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="188" />
        <source>Organisations not in the database</source>
        <translation>Các tổ chức chưa có trong cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="242" />
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các ô được đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="255" />
        <source>This computer joined the network as a viewer: it can read records but not change them. Ask the PAN secretariat for contributor access.</source>
        <translation>Máy này tham gia mạng lưới với quyền chỉ xem: đọc được bản ghi nhưng không sửa được. Hãy xin Ban thư ký PAN cấp quyền đóng góp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="257" />
        <source>This is one of the network's shared records: only the PAN secretariat can change it. Add your own record instead, or send them the correction.</source>
        <translation>Đây là bản ghi dùng chung của mạng lưới: chỉ Ban thư ký PAN sửa được. Hãy thêm bản ghi của riêng bạn, hoặc gửi nội dung cần sửa cho Ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="259" />
        <source>This record belongs to another organisation: only its members or the PAN secretariat can change it.</source>
        <translation>Bản ghi này thuộc về một tổ chức khác: chỉ thành viên của tổ chức đó hoặc Ban thư ký PAN sửa được.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="280" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>NNNN, NNNN-TT hoặc NNNN-TT-NN</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="282" />
        <source>separate items with ;</source>
        <translation>các mục cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="284" />
        <source>New record: {area}</source>
        <translation>Thêm mới: {area}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="284" />
        <source>Edit record: {area}</source>
        <translation>Sửa: {area}</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="118" />
        <source>(a record not on this computer)</source>
        <translation>(bản ghi không có trên máy này)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="150" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="151" />
        <source>Add the record typed</source>
        <translation>Thêm bản ghi vừa gõ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="152" />
        <source>Remove</source>
        <translation>Bỏ ra</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="153" />
        <source>Remove the selected record</source>
        <translation>Bỏ bản ghi đang chọn ra</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="145" />
        <source>Type part of a title…</source>
        <translation>Gõ một phần tên…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="146" />
        <source>Find a record by its title</source>
        <translation>Tìm bản ghi theo tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="147" />
        <source>Records chosen</source>
        <translation>Các bản ghi đã chọn</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="236" />
        <source>Choose a row to see all its details here.</source>
        <translation>Chọn một dòng để xem đầy đủ thông tin ở đây.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="238" />
        <source>Nothing matches these filters. Clear the filters to see every record.</source>
        <translation>Không có bản ghi nào khớp với bộ lọc. Bấm «Xóa bộ lọc» để xem tất cả.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="252" />
        <source>(a record not on this computer)</source>
        <translation>(bản ghi không có trên máy này)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="302" />
        <source>Deleted “{title}”.</source>
        <translation>Đã xóa «{title}».</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="342" />
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="343" />
        <source>Add a record to {area}</source>
        <translation>Thêm bản ghi vào {area}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="344" />
        <source>Change the selected record (or double-click its row)</source>
        <translation>Sửa bản ghi đang chọn (hoặc bấm đúp vào dòng)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="345" />
        <source>Delete the selected record; Undo brings it back</source>
        <translation>Xóa bản ghi đang chọn; Hoàn tác sẽ lấy lại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="347" />
        <source>Records; arrows move between rows, Enter opens the form, Tab leaves the table</source>
        <translation>Danh sách bản ghi; phím mũi tên chuyển dòng, Enter mở biểu mẫu, Tab rời khỏi bảng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="348" />
        <source>Details of the selected record</source>
        <translation>Chi tiết bản ghi đang chọn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="349" />
        <source>This data folder is read-only: records can be read and printed, not added, changed or deleted.</source>
        <translation>Thư mục dữ liệu này chỉ đọc được: có thể đọc và in bản ghi, nhưng không thêm, sửa hay xóa được.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="353" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="354" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="355" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="357" />
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="357" />
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="357" />
        <source>Provinces</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="358" />
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="358" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="358" />
        <location filename="../../pan_desktop/ui/records/page.py" line="359" />
        <location filename="../../pan_desktop/ui/records/page.py" line="360" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="359" />
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="359" />
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="360" />
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/page.py" line="363" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
</context>
<context>
    <name>TermPicker</name>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="58" />
        <location filename="../../pan_desktop/ui/records/pickers.py" line="63" />
        <source>Other (separate with ;)</source>
        <translation>Khác (cách nhau bằng ;)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/pickers.py" line="59" />
        <source>Other values</source>
        <translation>Giá trị khác</translation>
    </message>
</context>
<context>
    <name>UnlinkedNamesNote</name>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="127" />
        <source>1 organisation name is not linked to an organisation: add the organisation, or add the name to its other names.</source>
        <translation>1 tên tổ chức chưa được liên kết với tổ chức nào: hãy thêm tổ chức đó, hoặc thêm tên này vào tên gọi khác của tổ chức.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="130" />
        <source>{count} organisation names are not linked to an organisation: add the organisation, or add the name to its other names.</source>
        <translation>{count} tên tổ chức chưa được liên kết với tổ chức nào: hãy thêm tổ chức đó, hoặc thêm tên này vào tên gọi khác của tổ chức.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="133" />
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="133" />
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="134" />
        <source>Show the names not linked</source>
        <translation>Xem các tên chưa được liên kết</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="135" />
        <source>Organisation names not linked, and the records holding them</source>
        <translation>Các tên tổ chức chưa được liên kết và các bản ghi có tên đó</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="152" />
        <source>(untitled)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="158" />
        <source>may mean: {names}</source>
        <translation>có thể là: {names}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="160" />
        <source>no organisation has this name</source>
        <translation>chưa có tổ chức nào mang tên này</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/records/unlinked.py" line="164" />
        <source>and {count} more</source>
        <translation>và {count} bản ghi khác</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/records/form.py" line="306" />
        <source>This value cannot be used as it is.</source>
        <translation>Giá trị này chưa dùng được.</translation>
    </message>
</context>
</TS>
