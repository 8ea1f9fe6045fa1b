<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Green Belt Desktop</source>
        <translation>Зелёный пояс</translation>
    </message>
    <message>
        <source>This installation is not set up yet. Set it up with:
greenbelt init --party CODE --name NAME</source>
        <translation>Эта установка ещё не настроена. Настройте её командой:
greenbelt init --party CODE --name NAME</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1  (.%2 file, %3)</source>
        <translation>%1  (файл .%2, %3)</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Файл слишком большой</translation>
    </message>
    <message>
        <source>A file may be at most %1.</source>
        <translation>Размер файла — не более %1.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>Открыть программу?</translation>
    </message>
    <message>
        <source>%1 is a program (.%2): opening it runs it. Open it only if you trust whoever attached it. Open it?</source>
        <translation>%1 — это программа (.%2): открыть её значит запустить. Открывайте, только если доверяете тому, кто её приложил. Открыть?</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>Трансграничное</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>t CO2e a year</source>
        <translation>т CO2-экв. в год</translation>
    </message>
    <message>
        <source>MW renewable</source>
        <translation>МВт ВИЭ</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>No projects yet</source>
        <translation>Проектов пока нет</translation>
    </message>
    <message>
        <source>No financing recorded yet</source>
        <translation>Финансирование пока не внесено</translation>
    </message>
    <message>
        <source>No upcoming events</source>
        <translation>Предстоящих мероприятий нет</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will leave with the next export:</source>
        <translation>
            <numerusform>%n изменение уйдёт со следующей выгрузкой:</numerusform>
            <numerusform>%n изменения уйдут со следующей выгрузкой:</numerusform>
            <numerusform>%n изменений уйдут со следующей выгрузкой:</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is exported.</source>
        <translation>Всё выгружено.</translation>
    </message>
    <message>
        <source>Projects by direction of cooperation</source>
        <translation>Проекты по направлениям сотрудничества</translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation>Проекты по статусу</translation>
    </message>
    <message>
        <source>Financing by source</source>
        <translation>Финансирование по источникам</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Предстоящие мероприятия</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Недавно изменённые</translation>
    </message>
    <message>
        <source>Waiting to be exported</source>
        <translation>Ожидает выгрузки</translation>
    </message>
    <message>
        <source>Go to Sync…</source>
        <translation>Перейти к обмену…</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Убрать выбранную строку</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Reference entry</source>
        <translation>Справочная запись</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Справочные данные</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Directions of cooperation</source>
        <translation>Направления сотрудничества</translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation>Формы сотрудничества</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>Название на китайском</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Full name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Other e-mails (one a line)</source>
        <translation>Другие адреса эл. почты (по одному на строку)</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Телефоны (по одному на строку)</translation>
    </message>
    <message>
        <source>Working languages (ru, zh, en…)</source>
        <translation>Рабочие языки (ru, zh, en…)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Cross-border or interregional</source>
        <translation>Трансграничное или межрегиональное</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Agenda (one item a line)</source>
        <translation>Повестка (пункт на строку)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Participating member states</source>
        <translation>Государства-участники</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Валюта бюджета</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>t CO2e avoided a year</source>
        <translation>т CO2-экв. предотвращено в год</translation>
    </message>
    <message>
        <source>MW of renewable capacity</source>
        <translation>МВт мощности ВИЭ</translation>
    </message>
    <message>
        <source>MWh saved a year</source>
        <translation>МВт·ч экономии в год</translation>
    </message>
    <message>
        <source>t of waste processed a year</source>
        <translation>т отходов переработано в год</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Технология</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Автор предложения</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Последующие шаги</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Handbook</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>The handbook is not installed with this copy of the program (%1 is missing). Install the program again, or ask your IT department.</source>
        <translation>Руководство не установлено вместе с этой копией программы (нет файла %1). Установите программу заново или обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>Что это значит?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Printable handbook (&amp;PDF)</source>
        <translation>Руководство для &amp;печати (PDF)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo %1</source>
        <translation>Отменить %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <source>Green Belt Desktop</source>
        <translation>Зелёный пояс</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)…</source>
        <translation>Поиск по всем записям (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The %1 page comes with the next version.</source>
        <translation>Страница «%1» появится в следующей версии.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>Сохранить изменения этой записи перед закрытием?</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>This record belongs to %1. You can read it here; only its owner changes it.</source>
        <translation>Эта запись принадлежит: %1. Здесь её можно читать; изменяет только владелец.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <source>%1 records written to %2</source>
        <translation>Записей записано в %2: %1</translation>
    </message>
    <message>
        <source>The workbook was not written.</source>
        <translation>Книга не записана.</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Export what this list shows to an Excel workbook</source>
        <translation>Выгрузить то, что показывает список, в книгу Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can delete this record.</source>
        <translation>Удалить эту запись может только её владелец.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete (Del); undo with Ctrl+Z</source>
        <translation>Удалить (Del); отменить — Ctrl+Z</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Filter as you type…</source>
        <translation>Фильтр по мере ввода…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Any sharing</source>
        <translation>Любой доступ</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой владелец</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>С: любая дата</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>По: любая дата</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Owned by %1: read-only here, its owner changes it.</source>
        <translation>Принадлежит: %1. Здесь только для чтения, изменяет владелец.</translation>
    </message>
</context>
<context>
    <name>ReferenceEntryDialog</name>
    <message>
        <source>The change is saved here and travels to the member states in the SCO Secretariat&apos;s next consolidated bundle.</source>
        <translation>Изменение сохранено и будет передано государствам-членам в следующем сводном пакете Секретариата ШОС.</translation>
    </message>
    <message>
        <source>Only the SCO Secretariat changes reference data. Nothing was changed.</source>
        <translation>Справочные данные изменяет только Секретариат ШОС. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Add a member state</source>
        <translation>Добавление государства-члена</translation>
    </message>
    <message>
        <source>Enter the country&apos;s two-letter ISO 3166-1 code (for example AZ) and its name in the three languages of the application.</source>
        <translation>Введите двухбуквенный код страны по ISO 3166-1 (например, AZ) и её название на трёх языках приложения.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <source>%1: the name of code “%2” in the three languages.</source>
        <translation>%1: название кода «%2» на трёх языках.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Name in C&amp;hinese:</source>
        <translation>Название на &amp;китайском:</translation>
    </message>
    <message>
        <source>A saved change travels to the member states in the SCO Secretariat&apos;s next consolidated bundle.</source>
        <translation>Сохранённое изменение будет передано государствам-членам в следующем сводном пакете Секретариата ШОС.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Type in the search box to find records.</source>
        <translation>Введите слова в поле поиска, чтобы найти записи.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found for “%1”</source>
        <translation>
            <numerusform>Найдена %n запись по запросу «%1»</numerusform>
            <numerusform>Найдено %n записи по запросу «%1»</numerusform>
            <numerusform>Найдено %n записей по запросу «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language and appearance</source>
        <translation>Язык и оформление</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The application follows your system&apos;s light or dark theme. Dates and numbers are shown the way the chosen language writes them.</source>
        <translation>Приложение следует светлой или тёмной теме системы. Даты и числа показываются так, как принято в выбранном языке.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Эта установка</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Сторона:</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Устройство:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Государства-члены</translation>
    </message>
    <message>
        <source>Directions of cooperation</source>
        <translation>Направления сотрудничества</translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation>Формы сотрудничества</translation>
    </message>
    <message>
        <source>Kinds of organisation</source>
        <translation>Виды организаций</translation>
    </message>
    <message>
        <source>Roles of contacts</source>
        <translation>Роли контактов</translation>
    </message>
    <message>
        <source>Kinds of event</source>
        <translation>Виды мероприятий</translation>
    </message>
    <message>
        <source>Statuses of events</source>
        <translation>Статусы мероприятий</translation>
    </message>
    <message>
        <source>Roles of participants</source>
        <translation>Роли участников</translation>
    </message>
    <message>
        <source>Statuses of projects</source>
        <translation>Статусы проектов</translation>
    </message>
    <message>
        <source>Roles of partners</source>
        <translation>Роли партнёров</translation>
    </message>
    <message>
        <source>Sources of financing</source>
        <translation>Источники финансирования</translation>
    </message>
    <message>
        <source>Statuses of recommendations</source>
        <translation>Статусы рекомендаций</translation>
    </message>
    <message>
        <source>Statuses of agreements</source>
        <translation>Статусы соглашений</translation>
    </message>
    <message>
        <source>Sharing levels</source>
        <translation>Уровни доступа</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Справочные данные</translation>
    </message>
    <message>
        <source>Li&amp;st:</source>
        <translation>С&amp;писок:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Reference data comes with the application and from the SCO Secretariat&apos;s consolidated bundles. A retired code stays valid on the records that use it but is not offered for new ones.</source>
        <translation>Справочные данные поставляются с приложением и приходят в сводных пакетах Секретариата ШОС. Выведенный из употребления код остаётся действительным в записях, где он используется, но не предлагается для новых.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add a member state</source>
        <translation>Добавить государство-член</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the names of the selected code</source>
        <translation>Изменить названия выбранного кода</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Вывести из употребления</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>В&amp;ернуть в употребление</translation>
    </message>
    <message>
        <source>SCO Secretariat</source>
        <translation>Секретариат ШОС</translation>
    </message>
    <message>
        <source>Shipped with the application</source>
        <translation>Поставляется с приложением</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Выведен из употребления</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Private</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Secretariat only</source>
        <translation>Только Секретариат</translation>
    </message>
    <message>
        <source>All member states</source>
        <translation>Все государства-члены</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Последняя выгрузка: %1</translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation>Последняя загрузка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet exported</source>
        <translation>
            <numerusform>%n изменение не выгружено</numerusform>
            <numerusform>%n изменения не выгружены</numerusform>
            <numerusform>%n изменений не выгружено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>delete “%1”</source>
        <translation>удаление «%1»</translation>
    </message>
    <message>
        <source>add member state “%1”</source>
        <translation>добавление государства-члена «%1»</translation>
    </message>
    <message>
        <source>rename “%1”</source>
        <translation>изменение названий «%1»</translation>
    </message>
    <message>
        <source>retire “%1”</source>
        <translation>вывод из употребления «%1»</translation>
    </message>
    <message>
        <source>bring back “%1”</source>
        <translation>возврат в употребление «%1»</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>«%1» нет среди вариантов.</translation>
    </message>
    <message>
        <source>“%1” is not a country code.</source>
        <translation>«%1» — не код страны.</translation>
    </message>
    <message>
        <source>“%1” is not an SCO member state.</source>
        <translation>«%1» — не государство-член ШОС.</translation>
    </message>
    <message>
        <source>“%1” is not a member state or the Secretariat.</source>
        <translation>«%1» — не государство-член и не Секретариат.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code.</source>
        <translation>«%1» — не код валюты.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» — не веб-адрес.</translation>
    </message>
    <message>
        <source>Choose a record from the list.</source>
        <translation>Выберите запись из списка.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>«%1» — не часовой пояс.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as ru, zh or en.</source>
        <translation>«%1» — не код языка (например, ru, zh, en).</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>Это не дата.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Окончание раньше начала.</translation>
    </message>
    <message>
        <source>A budget needs its currency.</source>
        <translation>Для бюджета нужна валюта.</translation>
    </message>
    <message>
        <source>This must not be negative.</source>
        <translation>Значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>These codes are never retired.</source>
        <translation>Эти коды не выводятся из употребления.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Строка %1:</translation>
    </message>
</context>
</TS>
