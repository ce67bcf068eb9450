<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="81"/>
        <source>Search initiatives, policies, organisations, events, lessons… (with or without diacritics)</source>
        <translation>Tìm sáng kiến, chính sách, tổ chức, sự kiện, bài học… (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="115"/>
        <source>Building the search index: {done} of {total} records…</source>
        <translation>Đang lập chỉ mục tìm kiếm: {done} trên {total} bản ghi…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="144"/>
        <source>The search index is being prepared; these results are unranked.</source>
        <translation>Chỉ mục tìm kiếm đang được chuẩn bị; các kết quả này chưa được xếp hạng.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="146"/>
        <source>(no result has every word; these have some of them)</source>
        <translation>(không có kết quả nào chứa đủ mọi từ; đây là các kết quả chứa một phần)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="147"/>
        <source>{count} results</source>
        <translation>{count} kết quả</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="151"/>
        <source>Nothing matches “{query}”.</source>
        <translation>Không tìm thấy kết quả nào cho “{query}”.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="151"/>
        <source>Nothing matches these filters.</source>
        <translation>Không có kết quả nào với các bộ lọc này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="153"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Có phải bạn muốn tìm {suggestion}?</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="156"/>
        <source>Try fewer words, other spellings, or remove a filter.</source>
        <translation>Hãy thử ít từ hơn, cách viết khác, hoặc bỏ bớt bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="169"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="169"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="169"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="170"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="170"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="170"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="171"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
</context>
</TS>
