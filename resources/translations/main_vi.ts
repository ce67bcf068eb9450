<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="79"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="85"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="86"/>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="87"/>
        <source>Print centre</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="88"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="143"/>
        <source>Conflicts ({count})</source>
        <translation>Xung đột ({count})</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="143"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="220"/>
        <source>Opening the network&apos;s records…</source>
        <translation>Đang mở dữ liệu của mạng lưới…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="282"/>
        <source>About PAN Desktop</source>
        <translation>Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="283"/>
        <source>PAN Desktop {version}

The offline knowledge and capacity-building app of the Plastic Action Network (PAN), Vietnam.

Data folder: {path}</source>
        <translation>PAN Desktop {version}

Ứng dụng tri thức và nâng cao năng lực dùng được khi không có mạng của Mạng lưới Hành động về Nhựa (PAN), Việt Nam.

Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="289"/>
        <source>Import initiatives</source>
        <translation>Nhập sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="289"/>
        <source>Spreadsheets (*.csv *.jsonl)</source>
        <translation>Bảng tính (*.csv *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="292"/>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="299"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="300"/>
        <source>{created} initiatives added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Đã thêm {created} sáng kiến, cập nhật {updated}, {unchanged} không đổi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="307"/>
        <source>Nothing was imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="308"/>
        <source>{count} problem(s) were found in the file, so nothing was imported and your data is unchanged. Fix the rows listed below and import the file again.</source>
        <translation>Tệp có {count} lỗi nên chưa nhập dòng nào, dữ liệu của bạn không thay đổi. Hãy sửa các dòng liệt kê dưới đây rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="322"/>
        <source>Export initiatives</source>
        <translation>Xuất sáng kiến</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="322"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="326"/>
        <source>{count} initiatives exported to {file}</source>
        <translation>Đã xuất {count} sáng kiến ra {file}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="330"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="352"/>
        <source>{initiatives} initiatives · {organizations} organisations · {policies} policies · {events} events</source>
        <translation>{initiatives} sáng kiến · {organizations} tổ chức · {policies} chính sách · {events} sự kiện</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="364"/>
        <source>PAN Desktop – Plastic Action Network</source>
        <translation>PAN Desktop – Mạng lưới Hành động về Nhựa</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="365"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="366"/>
        <source>&amp;Import initiatives…</source>
        <translation>&amp;Nhập sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="367"/>
        <source>&amp;Export initiatives…</source>
        <translation>&amp;Xuất sáng kiến…</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="368"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="369"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="370"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="371"/>
        <source>&amp;About PAN Desktop</source>
        <translation>&amp;Giới thiệu PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/main_window.py" line="372"/>
        <source>Data: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../pan_desktop/ui/errors.py" line="33"/>
        <source>PAN Desktop</source>
        <translation>PAN Desktop</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="27"/>
        <source>PAN Desktop could not do this. Your data is unchanged; try again, and if it happens again, send the log file from the data folder to your secretariat.</source>
        <translation>PAN Desktop không thực hiện được việc này. Dữ liệu của bạn không thay đổi; hãy thử lại, nếu vẫn lỗi, hãy gửi tệp nhật ký trong thư mục dữ liệu cho ban thư ký.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="29"/>
        <source>What you asked for is not here any more: it may have been deleted or moved. Refresh the list and try again.</source>
        <translation>Mục bạn yêu cầu không còn ở đây: có thể nó đã bị xóa hoặc chuyển đi. Hãy làm mới danh sách và thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="31"/>
        <source>Stopped, as you asked. What was already done is kept.</source>
        <translation>Đã dừng theo yêu cầu của bạn. Phần đã làm xong vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="32"/>
        <source>The data folder {path} cannot be used. Check that it exists and that you may write there, or choose another folder.</source>
        <translation>Không dùng được thư mục dữ liệu {path}. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó, hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="34"/>
        <source>Some values cannot be saved as they are. Correct the fields marked in red and try again.</source>
        <translation>Một số giá trị chưa lưu được như hiện tại. Hãy sửa các ô được đánh dấu đỏ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="36"/>
        <source>Nothing was imported from {file}: {count} problem(s) were found. Your data is unchanged. Fix the rows listed and import the file again.</source>
        <translation>Chưa nhập gì từ {file}: tìm thấy {count} lỗi. Dữ liệu của bạn không thay đổi. Hãy sửa các dòng được liệt kê rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="63"/>
        <source>A file or folder could not be used ({name}). Check that it exists, that the disk or USB stick is not full or write-protected, and try again.</source>
        <translation>Không dùng được tệp hoặc thư mục ({name}). Hãy kiểm tra nó có tồn tại, ổ đĩa hoặc USB không bị đầy hay bị khóa ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/error_messages.py" line="66"/>
        <source>Something went wrong inside PAN Desktop. Your data is safe; the details are in the log file in the data folder.</source>
        <translation>Đã xảy ra lỗi bên trong PAN Desktop. Dữ liệu của bạn vẫn an toàn; chi tiết nằm trong tệp nhật ký ở thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="20"/>
        <source>PAN Desktop cannot import a “{suffix}” file. Choose a .csv, .xlsx or .jsonl file.</source>
        <translation>PAN Desktop không nhập được tệp «{suffix}». Hãy chọn tệp .csv, .xlsx hoặc .jsonl.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="22"/>
        <source>PAN Desktop reads Excel workbooks saved as .xlsx, not “{suffix}”. Open the file, save it as .xlsx or as CSV UTF-8, and import it again.</source>
        <translation>PAN Desktop đọc được bảng tính Excel dạng .xlsx, không đọc được «{suffix}». Hãy mở tệp, lưu lại dưới dạng .xlsx hoặc CSV UTF-8 rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="25"/>
        <source>The file {file} cannot be read. Check that it exists and is not open in another program, and try again.</source>
        <translation>Không đọc được tệp {file}. Hãy kiểm tra tệp có tồn tại và không đang mở trong chương trình khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="27"/>
        <source>The file is {size_mb} MB; PAN Desktop imports files of up to {limit_mb} MB. Split it into smaller files.</source>
        <translation>Tệp nặng {size_mb} MB; PAN Desktop chỉ nhập tệp tối đa {limit_mb} MB. Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="29"/>
        <source>The import template is saved as a .csv or an .xlsx file. Choose one of these types.</source>
        <translation>Mẫu nhập liệu được lưu dưới dạng tệp .csv hoặc .xlsx. Hãy chọn một trong hai loại này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="31"/>
        <source>The template could not be saved as {file}. Check that the folder exists and that you may write there.</source>
        <translation>Không lưu được mẫu vào {file}. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="34"/>
        <source>This line is not valid {encoding} text: the file is damaged, or was joined from files saved in different ways. Save it again as CSV UTF-8.</source>
        <translation>Dòng này không phải văn bản {encoding} hợp lệ: tệp bị hỏng hoặc được ghép từ các tệp lưu theo cách khác nhau. Hãy lưu lại tệp dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="37"/>
        <source>The file is mostly UTF-8, but this line holds characters saved another way (it was probably joined from several files). In Excel use File › Save As and choose “CSV UTF-8”; in LibreOffice choose Save As › Text CSV with the character set “Unicode (UTF-8)”.</source>
        <translation>Tệp phần lớn là UTF-8 nhưng dòng này có ký tự được lưu theo cách khác (có lẽ tệp được ghép từ nhiều tệp). Trong Excel, chọn Tệp › Lưu Như (Save As) rồi chọn «CSV UTF-8»; trong LibreOffice, chọn Lưu thành › Text CSV với bộ ký tự «Unicode (UTF-8)».</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="41"/>
        <source>The file is not UTF-8 text, and PAN Desktop does not recognise how it was saved. In Excel use File › Save As and choose “CSV UTF-8”; in LibreOffice choose Save As › Text CSV with the character set “Unicode (UTF-8)”.</source>
        <translation>Tệp không phải văn bản UTF-8 và PAN Desktop không nhận ra cách tệp được lưu. Trong Excel, chọn Tệp › Lưu Như (Save As) rồi chọn «CSV UTF-8»; trong LibreOffice, chọn Lưu thành › Text CSV với bộ ký tự «Unicode (UTF-8)».</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="45"/>
        <source>The file is not UTF-8: it looks like {encoding}, the encoding of the old Vietnamese fonts. Convert the text to Unicode first (for example with Unikey&apos;s converter, Ctrl+Shift+F6: source {encoding}, destination Unicode), then save it as CSV UTF-8.</source>
        <translation>Tệp không phải UTF-8: có vẻ là bảng mã {encoding} của các phông chữ tiếng Việt cũ. Hãy chuyển văn bản sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey, Ctrl+Shift+F6: nguồn {encoding}, đích Unicode), rồi lưu dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="49"/>
        <source>The file is not UTF-8: it looks like the {encoding} code page, which can be read in more than one way, so PAN Desktop does not guess. In Excel use File › Save As and choose “CSV UTF-8”; in LibreOffice choose Save As › Text CSV with the character set “Unicode (UTF-8)”.</source>
        <translation>Tệp không phải UTF-8: có vẻ là bảng mã {encoding}; bảng mã này có thể đọc theo nhiều cách nên PAN Desktop không đoán. Trong Excel, chọn Tệp › Lưu Như (Save As) rồi chọn «CSV UTF-8»; trong LibreOffice, chọn Lưu thành › Text CSV với bộ ký tự «Unicode (UTF-8)».</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="54"/>
        <source>The file was saved in the {encoding} code page, not UTF-8; it was read without losing a character. Saving it as CSV UTF-8 avoids this check.</source>
        <translation>Tệp được lưu bằng bảng mã {encoding}, không phải UTF-8; đã đọc được mà không mất ký tự nào. Lưu tệp dưới dạng CSV UTF-8 thì không cần kiểm tra việc này.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="57"/>
        <source>This is an Excel workbook (.xlsx) with another name. Rename it to end in .xlsx and import it again.</source>
        <translation>Đây là bảng tính Excel (.xlsx) mang tên khác. Hãy đổi đuôi tên tệp thành .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="59"/>
        <source>This is an old Excel workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or as CSV UTF-8.</source>
        <translation>Đây là bảng tính Excel kiểu cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="61"/>
        <source>The file is not text (it holds binary data). Import a .csv, .xlsx or .jsonl file.</source>
        <translation>Tệp không phải văn bản (có dữ liệu nhị phân). Hãy nhập tệp .csv, .xlsx hoặc .jsonl.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="63"/>
        <source>The file is empty. Its first line must name the columns (the import template shows how).</source>
        <translation>Tệp trống. Dòng đầu tiên phải ghi tên các cột (xem mẫu nhập liệu).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="66"/>
        <source>A quote (&quot;) opened on this line is never closed, so everything after it would become one cell. Close the quote, or double it (&quot;&quot;) if it is part of the text.</source>
        <translation>Dấu ngoặc kép (&quot;) mở ở dòng này không được đóng, nên mọi thứ phía sau sẽ dồn vào một ô. Hãy đóng dấu ngoặc, hoặc viết thành hai dấu (&quot;&quot;) nếu đó là một phần của văn bản.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="69"/>
        <source>A quoted cell that starts on this line runs on to line {end}, where text follows its closing quote: a quote is missing or extra on this line.</source>
        <translation>Một ô trong ngoặc kép bắt đầu ở dòng này kéo dài tới dòng {end}, nơi có chữ ngay sau dấu ngoặc đóng: dòng này thiếu hoặc thừa một dấu ngoặc kép.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="72"/>
        <source>A cell has text after its closing quote. Put the whole cell in quotes and double each quote inside it (&quot;&quot;).</source>
        <translation>Một ô có chữ nằm sau dấu ngoặc kép đóng. Hãy đặt cả ô trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="74"/>
        <source>A cell starting on this line is longer than {limit} characters; a quote is probably missing.</source>
        <translation>Một ô bắt đầu ở dòng này dài hơn {limit} ký tự; có lẽ thiếu một dấu ngoặc kép.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="76"/>
        <source>This line cannot be read as CSV. Open the file in a spreadsheet and save it again as CSV UTF-8.</source>
        <translation>Không đọc được dòng này theo dạng CSV. Hãy mở tệp bằng chương trình bảng tính và lưu lại dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="79"/>
        <source>The sheet “{sheet}” is empty; its first row must name the columns.</source>
        <translation>Trang tính «{sheet}» trống; hàng đầu tiên phải ghi tên các cột.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="81"/>
        <source>The workbook unpacks to {size_mb} MB; the limit is {limit_mb} MB. Split it into smaller files.</source>
        <translation>Bảng tính khi giải nén nặng {size_mb} MB; giới hạn là {limit_mb} MB. Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="83"/>
        <source>The file cannot be read as an Excel workbook. Open it in Excel or LibreOffice and save it again as .xlsx or as CSV UTF-8.</source>
        <translation>Không đọc được tệp này như một bảng tính Excel. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="85"/>
        <source>The workbook has no sheet of cells.</source>
        <translation>Bảng tính không có trang tính nào chứa ô dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="86"/>
        <source>The workbook has no sheet named “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>Bảng tính không có trang tính tên «{sheet}». Các trang tính hiện có: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="89"/>
        <source>No column holds the title (for example “Tên (tiếng Việt)” or “title_vi”). The first row must name the columns; the import template shows them.</source>
        <translation>Không có cột nào chứa tên sáng kiến (ví dụ «Tên (tiếng Việt)» hoặc «title_vi»). Hàng đầu tiên phải ghi tên các cột; xem mẫu nhập liệu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="92"/>
        <source>This column and column {other_letter} “{other}” mean the same field. Keep one of them.</source>
        <translation>Cột này và cột {other_letter} «{other}» cùng chỉ một trường. Hãy giữ lại một cột.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="94"/>
        <source>This column has no heading but holds data ({count} cells, the first on line {first_line}). Give it a heading, or delete what it holds.</source>
        <translation>Cột này không có tiêu đề nhưng có dữ liệu ({count} ô, ô đầu tiên ở dòng {first_line}). Hãy đặt tiêu đề cho cột, hoặc xóa dữ liệu trong cột.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="96"/>
        <source>This column holds data but matches no field; the closest known name is “{closest}”. Rename the column, or choose to leave out the columns that match no field.</source>
        <translation>Cột này có dữ liệu nhưng không khớp với trường nào; tên gần nhất là «{closest}». Hãy đổi tên cột, hoặc chọn bỏ qua các cột không khớp với trường nào.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="99"/>
        <source>This column matches no field; it is empty, so it was left out.</source>
        <translation>Cột này không khớp với trường nào; cột trống nên đã được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="101"/>
        <source>This column matches no field; its {count} value(s) were left out, as you asked.</source>
        <translation>Cột này không khớp với trường nào; {count} giá trị trong cột đã được bỏ qua theo yêu cầu của bạn.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="104"/>
        <source>Two keys of this line mean the same field. Keep one of them.</source>
        <translation>Dòng này có hai khóa cùng chỉ một trường. Hãy giữ lại một khóa.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="106"/>
        <source>This key appears twice in the line.</source>
        <translation>Khóa này xuất hiện hai lần trong dòng.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="107"/>
        <source>This line nests lists or objects too deeply to be a record.</source>
        <translation>Dòng này lồng danh sách hoặc đối tượng quá sâu nên không thể là một bản ghi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="108"/>
        <source>This line is not valid JSON (near character {position}).</source>
        <translation>Dòng này không phải JSON hợp lệ (gần ký tự thứ {position}).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="109"/>
        <source>Each line must be a JSON object {…}.</source>
        <translation>Mỗi dòng phải là một đối tượng JSON {…}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="111"/>
        <source>“{value}” is not a record id. Leave the id empty for a new record.</source>
        <translation>«{value}» không phải mã bản ghi. Hãy để trống mã nếu là bản ghi mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="112"/>
        <source>The same id is already on line {first}.</source>
        <translation>Mã này đã có ở dòng {first}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="113"/>
        <source>This id belongs to a record in {kind_en}, not to an initiative. Leave the id empty to add a new initiative.</source>
        <translation>Mã này thuộc về một bản ghi trong mục «{kind_vi}», không phải một sáng kiến. Hãy để trống mã để thêm sáng kiến mới.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="115"/>
        <source>The id must be text.</source>
        <translation>Mã phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="117"/>
        <source>A title in Vietnamese or English is required.</source>
        <translation>Cần có tên bằng tiếng Việt hoặc tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="118"/>
        <source>The end is before the start.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="119"/>
        <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2023, 2023-08 or 2023-08-09).</source>
        <translation>Nhập ngày theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2023, 2023-08 hoặc 2023-08-09).</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="121"/>
        <source>The year must be between 1900 and 2100.</source>
        <translation>Năm phải trong khoảng 1900 đến 2100.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="122"/>
        <source>The month must be 01 to 12.</source>
        <translation>Tháng phải từ 01 đến 12.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="123"/>
        <source>{month} has no day {day}.</source>
        <translation>Tháng {month} không có ngày {day}.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="124"/>
        <source>It is {length} characters long; the limit is {limit}.</source>
        <translation>Dài {length} ký tự; tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="125"/>
        <source>An item is {length} characters long; the limit is {limit} per item.</source>
        <translation>Có mục dài {length} ký tự; tối đa {limit} ký tự mỗi mục.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="127"/>
        <source>It has {count} items; the limit is {limit}.</source>
        <translation>Có {count} mục; tối đa {limit} mục.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="128"/>
        <source>“{value}” is not one of the allowed values.</source>
        <translation>«{value}» không có trong danh sách giá trị được phép.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="129"/>
        <source>Write yes or no.</source>
        <translation>Ghi có hoặc không.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="130"/>
        <source>“{value}” is not a record id.</source>
        <translation>«{value}» không phải mã bản ghi.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="131"/>
        <source>It must be text.</source>
        <translation>Phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="132"/>
        <source>Write the items separated by ;</source>
        <translation>Nhập các mục, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="133"/>
        <source>This is not a field of initiatives.</source>
        <translation>Đây không phải một trường của sáng kiến.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="140"/>
        <source>Line {line}, column {letter} «{column}»</source>
        <translation>Dòng {line}, cột {letter} «{column}»</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="142"/>
        <source>Line {line}, column {letter}</source>
        <translation>Dòng {line}, cột {letter}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="144"/>
        <source>Line {line}, «{column}»</source>
        <translation>Dòng {line}, «{column}»</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="145"/>
        <source>Line {line}</source>
        <translation>Dòng {line}</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="161"/>
        <source>This line cannot be imported as it is.</source>
        <translation>Không nhập được dòng này như hiện tại.</translation>
    </message>
    <message>
        <location filename="../../pan_desktop/ui/interchange_messages.py" line="167"/>
        <source>{added} added, {updated} updated, {present} already present, {refused} refused.</source>
        <translation>Đã thêm {added}, cập nhật {updated}, đã có sẵn {present}, bị từ chối {refused}.</translation>
    </message>
</context>
</TS>
