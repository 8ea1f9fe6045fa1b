<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing pack…</source>
        <translation>Справочные материалы…</translation>
    </message>
    <message>
        <source>Delegations of the member states</source>
        <translation>Делегации государств-членов</translation>
    </message>
    <message>
        <source>Only records shared with all member states are printed; private and Secretariat-only records are left out.</source>
        <translation>Печатаются только сведения, предоставленные всем государствам-членам; закрытые сведения и сведения только для Секретариата не включаются.</translation>
    </message>
    <message>
        <source>SCO Secretariat</source>
        <translation>Секретариат ШОС</translation>
    </message>
    <message>
        <source>Records shared with the Secretariat and with all member states are printed; private records are left out.</source>
        <translation>Печатаются сведения, предоставленные Секретариату и всем государствам-членам; закрытые сведения не включаются.</translation>
    </message>
    <message>
        <source>Internal use of the ministry</source>
        <translation>Для служебного пользования министерства</translation>
    </message>
    <message>
        <source>Every record is printed, private ones included: do not hand this pack to other delegations.</source>
        <translation>Печатаются все сведения, включая закрытые: не передавайте эти материалы другим делегациям.</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Справочные материалы</translation>
    </message>
    <message>
        <source>None: a general pack</source>
        <translation>Нет: общие материалы</translation>
    </message>
    <message>
        <source>None ticked: all member states.</source>
        <translation>Если ничего не отмечено — все государства-члены.</translation>
    </message>
    <message>
        <source>Only this period:</source>
        <translation>Только за период:</translation>
    </message>
    <message>
        <source>Language of the pack:</source>
        <translation>Язык материалов:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для кого:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Заседание:</translation>
    </message>
    <message>
        <source>Member states:</source>
        <translation>Государства-члены:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Press Preview to see the first pages here.</source>
        <translation>Нажмите «Предпросмотр», чтобы увидеть здесь первые страницы.</translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation>Сохранить справочные материалы</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>Подготовка материалов…</translation>
    </message>
    <message>
        <source>Saved {path}: {pages} pages.</source>
        <translation>Сохранено: {path}, страниц: {pages}.</translation>
    </message>
    <message>
        <source>Preview of the first pages; the pack has {pages} pages.</source>
        <translation>Первые страницы; всего в материалах страниц: {pages}.</translation>
    </message>
    <message>
        <source>The pack could not be made: {reason}</source>
        <translation>Не удалось подготовить материалы: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
</context>
</TS>
