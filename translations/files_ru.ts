<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Spreadsheets and contacts…</source>
        <translation>Таблицы и контакты…</translation>
    </message>
    <message>
        <source>Spreadsheets, calendar and contacts</source>
        <translation>Таблицы, календарь и контакты</translation>
    </message>
    <message>
        <source>Language of the files:</source>
        <translation>Язык файлов:</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Книги Excel</translation>
    </message>
    <message>
        <source>Save blank template…</source>
        <translation>Сохранить пустой шаблон…</translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation>Выгрузить записи…</translation>
    </message>
    <message>
        <source>Import a filled workbook…</source>
        <translation>Загрузить заполненную книгу…</translation>
    </message>
    <message>
        <source>Outlook, Thunderbird and phones</source>
        <translation>Outlook, Thunderbird и телефоны</translation>
    </message>
    <message>
        <source>Export events (.ics)…</source>
        <translation>Выгрузить мероприятия (.ics)…</translation>
    </message>
    <message>
        <source>Export contacts (.vcf)…</source>
        <translation>Выгрузить контакты (.vcf)…</translation>
    </message>
    <message>
        <source>Import contacts (.vcf)…</source>
        <translation>Загрузить контакты (.vcf)…</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>Применить загрузку</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Refused; nothing was written.</source>
        <translation>Отклонено; ничего не записано.</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Шаблон сохранён: %1</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <source>Records exported: %1</source>
        <translation>Записи выгружены: %1</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>Выгрузка записей</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>Мероприятий записано в %2: %1</translation>
    </message>
    <message>
        <source>Exporting events</source>
        <translation>Выгрузка мероприятий</translation>
    </message>
    <message>
        <source>%1 contacts written to %2</source>
        <translation>Контактов записано в %2: %1</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>Выгрузка контактов</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Загрузка %1</translation>
    </message>
    <message>
        <source>new: %1, changed: %2, unchanged: %3</source>
        <translation>новых: %1, изменённых: %2, без изменений: %3</translation>
    </message>
    <message>
        <source>%1 problems found; nothing was written.</source>
        <translation>Найдено проблем: %1; ничего не записано.</translation>
    </message>
    <message>
        <source>The marked-up copy to correct: %1</source>
        <translation>Размеченная копия для исправления: %1</translation>
    </message>
    <message>
        <source>, left out: %1</source>
        <translation>, пропущено: %1</translation>
    </message>
    <message>
        <source>Checked %1; nothing written yet.</source>
        <translation>%1 проверен; пока ничего не записано.</translation>
    </message>
    <message>
        <source>Press Apply import to write these records.</source>
        <translation>Нажмите «Применить загрузку», чтобы записать эти записи.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is unchanged.</source>
        <translation>Загружать нечего: все строки без изменений.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 загружен.</translation>
    </message>
</context>
</TS>
