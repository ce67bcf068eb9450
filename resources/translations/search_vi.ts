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
        <location filename="../../pan_desktop/ui/search/page.py" line="114"/>
        <source>Building the search index: {done} of {total} records…</source>
        <translation>Đang lập chỉ mục tìm kiếm: {done} trên {total} bản ghi…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="141"/>
        <source>The search index is being prepared; these results are unranked.</source>
        <translation>Chỉ mục tìm kiếm đang được chuẩn bị; các kết quả này chưa được xếp hạng.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="149"/>
        <source>(no result has every word; these have some of them)</source>
        <translation>(không có kết quả nào chứa đủ mọi từ; đây là các kết quả chứa một phần)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="144"/>
        <location filename="../../pan_desktop/ui/search/page.py" line="148"/>
        <source>{count} results</source>
        <translation>{count} kết quả</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="118"/>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="118"/>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="119"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="119"/>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="119"/>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="120"/>
        <source>Guideline section</source>
        <translation>Mục hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="120"/>
        <source>Glossary term</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="124"/>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="124"/>
        <source>Policies</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="125"/>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="125"/>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="125"/>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="125"/>
        <source>Sites</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="126"/>
        <source>Guideline sections</source>
        <translation>Mục hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="126"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="146"/>
        <source>(then {more} with only some of the words)</source>
        <translation>(tiếp theo là {more} kết quả chỉ chứa một phần các từ)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="151"/>
        <source>Nothing matches “{query}”; showing results for “{suggestion}”.</source>
        <translation>Không tìm thấy “{query}”; đang hiện kết quả cho “{suggestion}”.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="157"/>
        <source>Nothing matches “{query}”.</source>
        <translation>Không tìm thấy kết quả nào cho “{query}”.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="157"/>
        <source>Nothing matches these filters.</source>
        <translation>Không có kết quả nào với các bộ lọc này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="159"/>
        <source>Did you mean {suggestion}?</source>
        <translation>Có phải bạn muốn tìm {suggestion}?</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="162"/>
        <source>Try fewer words, other spellings, or remove a filter.</source>
        <translation>Hãy thử ít từ hơn, cách viết khác, hoặc bỏ bớt bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="175"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="175"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="119"/>
        <location filename="../../pan_desktop/ui/search/page.py" line="175"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="176"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="176"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="176"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/search/page.py" line="177"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
</context>
</TS>
