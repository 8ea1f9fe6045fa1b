<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Conflicts</name>
    <message>
        <source>Restore the kept version of %1</source>
        <translation>Восстановить сохранённую версию «%1»</translation>
    </message>
    <message>
        <source>Your kept version is the current one again.</source>
        <translation>Ваша сохранённая версия снова текущая.</translation>
    </message>
    <message>
        <source>Undone: the version that had won is the current one again.</source>
        <translation>Отменено: победившая версия снова текущая.</translation>
    </message>
    <message>
        <source>(restored)</source>
        <translation>(восстановлено)</translation>
    </message>
    <message>
        <source>%1 “%2” of %3, sent by %4: dated more than a day ahead of this computer&apos;s clock. Not applied.</source>
        <translation>%1 «%2» (%3), прислано %4: датировано более чем на сутки вперёд по часам этого компьютера. Не применено.</translation>
    </message>
    <message>
        <source>%1 “%2” of %3, sent by %4: its id is already that of %5 “%6” of %7. Not applied; your record is unchanged.</source>
        <translation>%1 «%2» (%3), прислано %4: его идентификатор уже принадлежит записи %5 «%6» (%7). Не применено; ваша запись не изменилась.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>%1 “%2”: your version was replaced on %3 by a newer one from a bundle. Both are kept.</source>
        <translation>%1 «%2»: ваша версия заменена %3 более новой из пакета. Обе сохранены.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your kept version</source>
        <translation>Ваша сохранённая версия</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Текущая версия</translation>
    </message>
    <message>
        <source>The two versions differ here.</source>
        <translation>Здесь версии различаются.</translation>
    </message>
    <message>
        <source>The version was not restored.</source>
        <translation>Версия не восстановлена.</translation>
    </message>
    <message>
        <source>Your kept version is the current one again, as a new edit that your next bundle carries. Undo brings back the version it replaced.</source>
        <translation>Ваша сохранённая версия снова текущая — как новое изменение, которое унесёт ваш следующий пакет. «Отменить» вернёт версию, которую она заменила.</translation>
    </message>
    <message>
        <source>This could not be undone.</source>
        <translation>Это не удалось отменить.</translation>
    </message>
    <message>
        <source>When a bundle brings a newer version of a record you had also changed here, the newer version becomes the record and yours is kept on this page. Nothing is lost: compare them, and restore yours if it is the right one.</source>
        <translation>Если пакет приносит более новую версию записи, которую вы тоже изменили здесь, запись получает более новую версию, а ваша сохраняется на этой странице. Ничего не теряется: сравните их и восстановите свою, если она верная.</translation>
    </message>
    <message>
        <source>&amp;Show restored ones too</source>
        <translation>&amp;Показывать и восстановленные</translation>
    </message>
    <message>
        <source>● marks the fields where the two versions differ.</source>
        <translation>● отмечает поля, в которых версии различаются.</translation>
    </message>
    <message>
        <source>&amp;Restore my version</source>
        <translation>&amp;Восстановить мою версию</translation>
    </message>
    <message>
        <source>Received changes kept back, not applied (each names the party that sent it):</source>
        <translation>Полученные изменения, отложенные и не применённые (указана сторона, приславшая каждое):</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>No conflicts: no change made here was replaced by a bundle.</source>
        <translation>Конфликтов нет: ни одно изменение, сделанное здесь, не было заменено пакетом.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Members and consolidation</source>
        <translation>Участники и сводный пакет</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>такого файла или папки нет</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2.</source>
        <translation>Не удалось прочитать или записать файл %1: %2.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1.</source>
        <translation>Не удалось прочитать или записать файл: %1.</translation>
    </message>
    <message>
        <source>Nothing can be exported yet.</source>
        <translation>Пока нечего экспортировать.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>new or changed</source>
        <translation>новое или изменённое</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Bundle %1 will carry %2 changes:</source>
        <translation>Пакет %1 перенесёт изменений: %2</translation>
    </message>
    <message>
        <source>No changes to send: bundle %1 will carry only acknowledgements, which shows the Secretariat this computer is alive.</source>
        <translation>Изменений нет: пакет %1 перенесёт только подтверждения — Секретариат увидит, что этот компьютер на связи.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>Green Belt bundles (*.gbundle);;All files (*)</source>
        <translation>Пакеты «Зеленого пояса» (*.gbundle);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key to sign.</source>
        <translation>Введите парольную фразу ключа для подписи.</translation>
    </message>
    <message>
        <source>Signing and writing the bundle…</source>
        <translation>Подпись и запись пакета…</translation>
    </message>
    <message>
        <source>Bundle %1 written to %2 with %3 changes.</source>
        <translation>Пакет %1 записан в %2, изменений: %3.</translation>
    </message>
    <message>
        <source>The bundle was not written.</source>
        <translation>Пакет не записан.</translation>
    </message>
    <message>
        <source>Exporting the bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>A bundle carries your changes to the SCO Secretariat, by e-mail or on a USB stick. Records marked private never leave this computer. Until the Secretariat acknowledges a bundle, the next one carries the same changes again, so a lost file loses nothing.</source>
        <translation>Пакет переносит ваши изменения в Секретариат ШОС — по электронной почте или на флешке. Личные записи никогда не покидают этот компьютер. Пока Секретариат не подтвердит получение пакета, следующий пакет снова несёт те же изменения, поэтому потерянный файл ничего не теряет.</translation>
    </message>
    <message>
        <source>&amp;Full export (every shared record)</source>
        <translation>&amp;Полный экспорт (все общие записи)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>&amp;Обновить просмотр</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
        <source>Consolidated bundle written</source>
        <translation>Сводный пакет записан</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Already imported before; nothing changed</source>
        <translation>Уже импортирован ранее; ничего не изменено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>изменений: %1</translation>
    </message>
    <message>
        <source>%1 member bundles forwarded</source>
        <translation>переслано пакетов государств-членов: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 conflicts</source>
        <translation>новых %1, обновлено %2, удалено %3, конфликтов %4</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Every bundle written or imported on this computer, and every bundle refused, newest first.</source>
        <translation>Все пакеты, записанные или импортированные на этом компьютере, и все отклонённые пакеты — сначала новые.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Older (ignored)</source>
        <translation>Устаревшие (пропущены)</translation>
    </message>
    <message>
        <source>Conflicts (kept)</source>
        <translation>Конфликты (сохранены)</translation>
    </message>
    <message>
        <source>Clashes (kept back, not applied)</source>
        <translation>Совпадения идентификаторов (отложены, не применены)</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Green Belt bundles (*.gbundle *.gbundle.gz);;All files (*)</source>
        <translation>Пакеты «Зеленого пояса» (*.gbundle *.gbundle.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Проверка подписей…</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was changed.</source>
        <translation>Пакет отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Проверка пакета</translation>
    </message>
    <message>
        <source>Applying the bundle…</source>
        <translation>Применение пакета…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 deleted, %4 conflicts kept.</source>
        <translation>Импортировано: новых %1, обновлено %2, удалено %3, сохранено конфликтов %4.</translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>consolidated bundle of the Secretariat</source>
        <translation>сводный пакет Секретариата</translation>
    </message>
    <message>
        <source>bundle of a member state</source>
        <translation>пакет государства-члена</translation>
    </message>
    <message>
        <source>✔ Signature verified: %1 no. %2 from %3.</source>
        <translation>✔ Подпись проверена: %1 № %2, отправитель — %3.</translation>
    </message>
    <message>
        <source>This bundle was already applied; importing it again changes nothing.</source>
        <translation>Этот пакет уже применён; повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <source>Applied. A backup was taken before.</source>
        <translation>Применено. Перед этим сделана резервная копия.</translation>
    </message>
    <message>
        <source>Nothing is changed yet: this is what Apply will do.</source>
        <translation>Пока ничего не изменено: вот что сделает «Применить».</translation>
    </message>
    <message>
        <source>Forwarded bundle no. %1 from %2: %3</source>
        <translation>Пересланный пакет № %1, отправитель — %2: %3</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>Import a bundle you received: the Secretariat&apos;s consolidated bundle (on a member state&apos;s computer) or a member state&apos;s bundle (at the Secretariat). It is checked first and you see what it would change; nothing is written until you press Apply.</source>
        <translation>Импортируйте полученный пакет: сводный пакет Секретариата (на компьютере государства-члена) или пакет государства-члена (в Секретариате). Сначала он проверяется, и вы видите, что он изменит; ничего не записывается, пока вы не нажмёте «Применить».</translation>
    </message>
    <message>
        <source>&amp;Choose bundle…</source>
        <translation>&amp;Выбрать пакет…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>доверенный</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>replaced by a newer key</source>
        <translation>заменён новым ключом</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>Доверять карточке ключа</translation>
    </message>
    <message>
        <source>Key card of %1: %2</source>
        <translation>Карточка ключа %1: %2</translation>
    </message>
    <message>
        <source>Ask the sender to read the fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>Попросите отправителя продиктовать отпечаток по телефону и сравните его по группам с этим:</translation>
    </message>
    <message>
        <source>&amp;The fingerprints are the same</source>
        <translation>&amp;Отпечатки совпадают</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Доверять этому ключу</translation>
    </message>
    <message>
        <source>This computer has no key.</source>
        <translation>У этого компьютера нет ключа.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Save my key card</source>
        <translation>Сохранить мою карточку ключа</translation>
    </message>
    <message>
        <source>Key cards (*.gbkey *.json);;All files (*)</source>
        <translation>Карточки ключей (*.gbkey *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The key card was not saved.</source>
        <translation>Карточка ключа не сохранена.</translation>
    </message>
    <message>
        <source>Key card saved to %1. Send it to the other side, then read them your fingerprint over the phone.</source>
        <translation>Карточка ключа сохранена в %1. Отправьте её другой стороне, затем продиктуйте ей свой отпечаток по телефону.</translation>
    </message>
    <message>
        <source>The key card was not trusted.</source>
        <translation>Карточка ключа не принята.</translation>
    </message>
    <message>
        <source>The key of %1 is trusted now.</source>
        <translation>Теперь ключ %1 доверенный.</translation>
    </message>
    <message>
        <source>Fingerprint of this computer&apos;s key:</source>
        <translation>Отпечаток ключа этого компьютера:</translation>
    </message>
    <message>
        <source>&amp;Save my key card…</source>
        <translation>&amp;Сохранить мою карточку ключа…</translation>
    </message>
    <message>
        <source>Keys this computer trusts:</source>
        <translation>Ключи, которым доверяет этот компьютер:</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>&amp;Доверять карточке ключа…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <source>Write the consolidated bundle</source>
        <translation>Создать сводный пакет</translation>
    </message>
    <message>
        <source>Writing the consolidated bundle…</source>
        <translation>Создание сводного пакета…</translation>
    </message>
    <message>
        <source>Consolidated bundle %1 written to %2: %3 Secretariat changes and %4 member bundles forwarded. Send it to every member state.</source>
        <translation>Сводный пакет %1 записан в %2: изменений Секретариата — %3, пересланных пакетов государств-членов — %4. Отправьте его всем государствам-членам.</translation>
    </message>
    <message>
        <source>Writing the consolidated bundle</source>
        <translation>Создание сводного пакета</translation>
    </message>
    <message>
        <source>The member states&apos; computers whose keys the Secretariat trusts, and the last bundle imported from each. The consolidated bundle carries the Secretariat&apos;s records and every member&apos;s shared records, each still signed by its member.</source>
        <translation>Компьютеры государств-членов, ключам которых доверяет Секретариат, и последний импортированный от каждого пакет. Сводный пакет несёт записи Секретариата и общие записи всех участников, по-прежнему подписанные каждым из них.</translation>
    </message>
    <message>
        <source>&amp;Write consolidated bundle…</source>
        <translation>&amp;Создать сводный пакет…</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>A forwarded bundle does not name the key that signed it.</source>
        <translation>Пересланный пакет не указывает ключ, которым он подписан.</translation>
    </message>
    <message>
        <source>A forwarded bundle inside this bundle fails its own signature check ({reason}); the whole bundle is refused.</source>
        <translation>Пересланный пакет внутри этого пакета не прошёл собственную проверку подписи ({reason}); весь пакет отклонён.</translation>
    </message>
    <message>
        <source>A forwarded bundle is not a member state&apos;s bundle for all.</source>
        <translation>Пересланный пакет не является пакетом государства-члена для всех.</translation>
    </message>
    <message>
        <source>A forwarded bundle&apos;s sender does not match its signature.</source>
        <translation>Отправитель пересланного пакета не совпадает с его подписью.</translation>
    </message>
    <message>
        <source>A key rotation does not match the key card it introduces.</source>
        <translation>Смена ключа не соответствует представленной карточке ключа.</translation>
    </message>
    <message>
        <source>A key rotation in this bundle is damaged.</source>
        <translation>Смена ключа в этом пакете повреждена.</translation>
    </message>
    <message>
        <source>A key rotation is damaged.</source>
        <translation>Смена ключа повреждена.</translation>
    </message>
    <message>
        <source>A key rotation is not signed by a known key of that device.</source>
        <translation>Смена ключа не подписана известным ключом этого устройства.</translation>
    </message>
    <message>
        <source>A key rotation&apos;s signatures do not verify.</source>
        <translation>Подписи смены ключа не проходят проверку.</translation>
    </message>
    <message>
        <source>A key this bundle relies on is no longer trusted here.</source>
        <translation>Ключ, на который опирается этот пакет, здесь больше не доверенный.</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the private key: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.</source>
        <translation>Для защиты закрытого ключа нужна парольная фраза.</translation>
    </message>
    <message>
        <source>A registry entry names another party than its key card.</source>
        <translation>Запись реестра называет другую сторону, чем её карточка ключа.</translation>
    </message>
    <message>
        <source>A registry entry&apos;s rotation does not match its key card.</source>
        <translation>Смена ключа в записи реестра не соответствует её карточке ключа.</translation>
    </message>
    <message>
        <source>A signature header of this {what} is damaged.</source>
        <translation>Этот {what} содержит повреждённый заголовок подписи.</translation>
    </message>
    <message>
        <source>A signature of this {what} does not name its key or type.</source>
        <translation>Этот {what} содержит подпись без указания ключа или типа.</translation>
    </message>
    <message>
        <source>A signature of this {what} is malformed.</source>
        <translation>Этот {what} содержит неправильно оформленную подпись.</translation>
    </message>
    <message>
        <source>An entry of the bundle&apos;s key registry is malformed.</source>
        <translation>Запись реестра ключей пакета повреждена.</translation>
    </message>
    <message>
        <source>Another consolidated bundle with sequence {sequence} was already imported; this one is refused.</source>
        <translation>Другой сводный пакет с порядковым номером {sequence} уже импортирован; этот пакет отклонён.</translation>
    </message>
    <message>
        <source>Another key is already trusted for this device; a new key for it is accepted only through a rotation signed by the old key.</source>
        <translation>Для этого устройства уже доверен другой ключ; новый ключ принимается только через смену, подписанную старым ключом.</translation>
    </message>
    <message>
        <source>Cannot read the key card {path}: {reason}.</source>
        <translation>Не удалось прочитать карточку ключа {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не удалось прочитать файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>Conflict {number} was already restored on {date}.</source>
        <translation>Конфликт № {number} уже восстановлен ({date}).</translation>
    </message>
    <message>
        <source>No known key has the fingerprint {fingerprint}.</source>
        <translation>Нет известного ключа с отпечатком {fingerprint}.</translation>
    </message>
    <message>
        <source>Only the Secretariat revokes keys (in its registry).</source>
        <translation>Отзывать ключи может только Секретариат (в своём реестре).</translation>
    </message>
    <message>
        <source>Only the Secretariat writes consolidated bundles.</source>
        <translation>Сводные пакеты создаёт только Секретариат.</translation>
    </message>
    <message>
        <source>The Secretariat does not import consolidated bundles.</source>
        <translation>Секретариат не импортирует сводные пакеты.</translation>
    </message>
    <message>
        <source>The Secretariat writes consolidated bundles: use &apos;greenbelt bundle consolidate&apos;.</source>
        <translation>Секретариат создаёт сводные пакеты на вкладке «Участники и сводный пакет».</translation>
    </message>
    <message>
        <source>The bundle carries a key rotation for another device.</source>
        <translation>Пакет несёт смену ключа для другого устройства.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is dated {days} days ahead of this computer: the sender&apos;s clock ({party}) is {days} days ahead. The bundle is refused.</source>
        <translation>Изменение {number} пакета ({entity} {record_id}) датировано на {days} дн. вперёд относительно этого компьютера: часы отправителя ({party}) спешат на {days} дн. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The bundle holds an absurd number of changes; it is refused.</source>
        <translation>Пакет содержит неправдоподобно много изменений; он отклонён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s attachments exceed {limit} MB; it is refused.</source>
        <translation>Вложения в пакете превышают {limit} МБ; пакет отклонён.</translation>
    </message>
    <message>
        <source>An attachment from {origin} to {entity} {record_id}, which belongs to {owner}, was not applied: only a record&apos;s owner attaches files to it.</source>
        <translation>Вложение стороны {origin} к записи {entity} {record_id}, принадлежащей стороне {owner}, не применено: прикреплять файлы к записи может только её владелец.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) belongs to {owner}, but the bundle was issued by {origin}: only a record&apos;s owner sends it. Refused whole.</source>
        <translation>Изменение № {number} в пакете ({entity} {record_id}) принадлежит стороне {owner}, а пакет выпущен стороной {origin}: запись передаёт только её владелец. Пакет отклонён целиком.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has empty data.</source>
        <translation>Изменение № {number} в пакете ({entity} {record_id}) содержит пустые данные.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has no data object.</source>
        <translation>Изменение № {number} в пакете ({entity} {record_id}) не содержит объекта данных.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has no valid version.</source>
        <translation>Изменение № {number} в пакете ({entity} {record_id}) не имеет действительной версии.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has sharing {sharing} where only &apos;{level}&apos; may travel; the bundle is refused.</source>
        <translation>Изменение № {number} в пакете ({entity} {record_id}) имеет уровень доступа {sharing}, а здесь допускается только «{level}»; пакет отклонён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is invalid: {issues}. Refused whole.</source>
        <translation>Изменение № {number} в пакете ({entity} {record_id}) недопустимо: {issues}. Пакет отклонён целиком.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is private: private records never leave an installation. The bundle is refused.</source>
        <translation>Изменение № {number} в пакете ({entity} {record_id}) относится к закрытой записи: закрытые записи никогда не покидают компьютер. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) lacks &apos;deleted&apos;.</source>
        <translation>Изменение № {number} в пакете ({entity} {record_id}) не содержит поля «deleted».</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity}) has no valid id.</source>
        <translation>Изменение № {number} в пакете ({entity}) не имеет действительного идентификатора.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} is not an object.</source>
        <translation>Изменение № {number} в пакете не является объектом.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} is of an unknown kind of record ({entity}); this version of Green Belt Desktop does not know it. Please update the application.</source>
        <translation>Изменение № {number} в пакете относится к неизвестному виду записей ({entity}); эта версия Green Belt Desktop его не знает. Обновите программу.</translation>
    </message>
    <message>
        <source>The bundle&apos;s forwarded bundles are not a list.</source>
        <translation>Пересланные пакеты внутри пакета повреждены (не список).</translation>
    </message>
    <message>
        <source>The bundle&apos;s key registry is malformed.</source>
        <translation>Реестр ключей в пакете повреждён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s keys are refused: {reason}</source>
        <translation>Ключи в пакете отклонены: {reason}</translation>
    </message>
    <message>
        <source>The bundle&apos;s {field} is missing or malformed.</source>
        <translation>В пакете отсутствует или неверно указан {field}.</translation>
    </message>
    <message>
        <source>The content of this {what} is damaged (not base64url).</source>
        <translation>Этот {what} повреждён: содержимое не в кодировке base64url.</translation>
    </message>
    <message>
        <source>The fingerprint does not match this key card; it was not trusted. The card&apos;s fingerprint is {fingerprint}.</source>
        <translation>Отпечаток не совпадает с этой карточкой ключа; доверие не установлено. Отпечаток карточки: {fingerprint}.</translation>
    </message>
    <message>
        <source>The inner bundle does not match the bundle that carries it.</source>
        <translation>Внутренний пакет не соответствует пакету, который его несёт.</translation>
    </message>
    <message>
        <source>The key card does not hold an Ed25519 public key.</source>
        <translation>Карточка ключа не содержит открытый ключ Ed25519.</translation>
    </message>
    <message>
        <source>The key card lacks its party, label or date.</source>
        <translation>В карточке ключа нет стороны, подписи или даты.</translation>
    </message>
    <message>
        <source>The key card names an unknown party &apos;{party}&apos;.</source>
        <translation>В карточке ключа указана неизвестная сторона «{party}».</translation>
    </message>
    <message>
        <source>The key card&apos;s device is not a UUID.</source>
        <translation>Устройство в карточке ключа указано неверно (не UUID).</translation>
    </message>
    <message>
        <source>The key card&apos;s kid is not the thumbprint of its key.</source>
        <translation>Идентификатор карточки ключа не совпадает с отпечатком её ключа.</translation>
    </message>
    <message>
        <source>The key card&apos;s public key is not a valid Ed25519 key.</source>
        <translation>Открытый ключ в карточке — не действительный ключ Ed25519.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; the private key could not be opened.</source>
        <translation>Неверная парольная фраза; закрытый ключ не удалось открыть.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>Парольная фраза должна содержать не менее {count} символов.</translation>
    </message>
    <message>
        <source>The passphrase of the private key is needed: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.</source>
        <translation>Нужна парольная фраза закрытого ключа.</translation>
    </message>
    <message>
        <source>The private key file does not hold an Ed25519 key.</source>
        <translation>Файл закрытого ключа не содержит ключ Ed25519.</translation>
    </message>
    <message>
        <source>The private key of this installation is missing ({file} in {folder}).</source>
        <translation>Закрытый ключ этой установки отсутствует ({file} в папке {folder}).</translation>
    </message>
    <message>
        <source>The registry gives {party} device {device} another key without a rotation signed by its old key; the bundle is refused.</source>
        <translation>Реестр назначает устройству {device} стороны {party} другой ключ без смены ключа, подписанной старым ключом; пакет отклонён.</translation>
    </message>
    <message>
        <source>The registry moves the key {fingerprint}… of {old_party} to {party}; the bundle is refused.</source>
        <translation>Реестр передаёт ключ {fingerprint}… стороны {old_party} стороне {party}; пакет отклонён.</translation>
    </message>
    <message>
        <source>The signed content of the bundle is not a JSON object.</source>
        <translation>Подписанное содержимое пакета не является объектом JSON.</translation>
    </message>
    <message>
        <source>The signed content of the bundle is not valid JSON.</source>
        <translation>Подписанное содержимое пакета — не корректный JSON.</translation>
    </message>
    <message>
        <source>The {entity} of conflict {number} is no longer here.</source>
        <translation>Записи ({entity}) конфликта № {number} здесь больше нет.</translation>
    </message>
    <message>
        <source>The {what} does not say who issued it.</source>
        <translation>Этот {what} не указывает, кто его выпустил.</translation>
    </message>
    <message>
        <source>The {what}&apos;s acknowledgements are malformed.</source>
        <translation>Этот {what} содержит неправильно оформленные подтверждения.</translation>
    </message>
    <message>
        <source>The {what}&apos;s audience or date is malformed.</source>
        <translation>Этот {what} содержит неверные сведения об адресатах или дате.</translation>
    </message>
    <message>
        <source>The {what}&apos;s changes are not a list.</source>
        <translation>Этот {what} повреждён: изменения не являются списком.</translation>
    </message>
    <message>
        <source>The {what}&apos;s schema version is missing or malformed.</source>
        <translation>Этот {what} не содержит версии схемы данных или она указана неверно.</translation>
    </message>
    <message>
        <source>The {what}&apos;s sequence is missing or malformed.</source>
        <translation>Этот {what} не содержит порядкового номера или он указан неверно.</translation>
    </message>
    <message>
        <source>There is no conflict number {number}.</source>
        <translation>Конфликта № {number} нет.</translation>
    </message>
    <message>
        <source>This bundle is refused: it is not signed by a key trusted for its sender ({party}).</source>
        <translation>Пакет отклонён: он не подписан ключом, которому здесь доверяют для его отправителя ({party}).</translation>
    </message>
    <message>
        <source>This bundle is refused: {reason}.</source>
        <translation>Пакет отклонён: {reason}.</translation>
    </message>
    <message>
        <source>This bundle was written by this installation; it is not imported.</source>
        <translation>Этот пакет создан на этом компьютере; он не импортируется.</translation>
    </message>
    <message>
        <source>This consolidated bundle ({sequence}) is older than the last one imported ({last}): it is refused as a rollback.</source>
        <translation>Этот сводный пакет (№ {sequence}) старше последнего импортированного (№ {last}): он отклонён как попытка отката.</translation>
    </message>
    <message>
        <source>This consolidated bundle was not issued by the Secretariat.</source>
        <translation>Этот сводный пакет выпущен не Секретариатом.</translation>
    </message>
    <message>
        <source>This file is far too large to be a key card.</source>
        <translation>Этот файл слишком велик для карточки ключа.</translation>
    </message>
    <message>
        <source>This file is not a key card (it is not JSON).</source>
        <translation>Этот файл — не карточка ключа (это не JSON).</translation>
    </message>
    <message>
        <source>This installation has no key yet: it was set up without one.</source>
        <translation>У этой установки ещё нет ключа: она настроена без него.</translation>
    </message>
    <message>
        <source>This installation&apos;s own key cannot be revoked here; rotate it.</source>
        <translation>Собственный ключ этой установки здесь отозвать нельзя; замените его.</translation>
    </message>
    <message>
        <source>This is a member state&apos;s bundle for the SCO Secretariat; member states import the Secretariat&apos;s consolidated bundles.</source>
        <translation>Это пакет государства-члена для Секретариата ШОС; государства-члены импортируют сводные пакеты Секретариата.</translation>
    </message>
    <message>
        <source>This is not a Green Belt key card.</source>
        <translation>Это не карточка ключа «Зеленого пояса».</translation>
    </message>
    <message>
        <source>This key card has a format this version does not know.</source>
        <translation>Формат этой карточки ключа неизвестен этой версии.</translation>
    </message>
    <message>
        <source>This key is already known for another party or device.</source>
        <translation>Этот ключ уже известен для другой стороны или устройства.</translation>
    </message>
    <message>
        <source>This key was revoked; it cannot be trusted again.</source>
        <translation>Этот ключ отозван; снова доверять ему нельзя.</translation>
    </message>
    <message>
        <source>This key was rotated; it cannot be trusted again.</source>
        <translation>Этот ключ заменён новым; снова доверять ему нельзя.</translation>
    </message>
    <message>
        <source>This state bundle is not addressed to the Secretariat.</source>
        <translation>Этот пакет государства-члена адресован не Секретариату.</translation>
    </message>
    <message>
        <source>This {what} asks for JWS extensions this version does not know.</source>
        <translation>Этот {what} требует расширений JWS, неизвестных этой версии программы.</translation>
    </message>
    <message>
        <source>This {what} carries no valid list of signatures.</source>
        <translation>Этот {what} не содержит действительного списка подписей.</translation>
    </message>
    <message>
        <source>This {what} holds data of schema version {schema}, newer than this version of Green Belt Desktop knows. Please update the application, then import it again.</source>
        <translation>Этот {what} содержит данные версии схемы {schema}, более новой, чем известна этой версии Green Belt Desktop. Обновите программу и импортируйте его снова.</translation>
    </message>
    <message>
        <source>This {what} is not a Green Belt bundle.</source>
        <translation>Этот {what} не является пакетом «Зеленого пояса».</translation>
    </message>
    <message>
        <source>This {what} is not a signed Green Belt bundle (no JWS payload).</source>
        <translation>Этот {what} не является подписанным пакетом «Зеленого пояса» (нет полезной нагрузки JWS).</translation>
    </message>
    <message>
        <source>This {what} is of an unknown kind ({kind}).</source>
        <translation>Этот {what} относится к неизвестному виду ({kind}).</translation>
    </message>
    <message>
        <source>This {what} is signed with &apos;{alg}&apos;, not EdDSA (Ed25519); it is refused.</source>
        <translation>Этот {what} подписан алгоритмом «{alg}», а не EdDSA (Ed25519); он отклонён.</translation>
    </message>
    <message>
        <source>This {what} uses bundle format {version}, which this version of Green Belt Desktop does not know. Please update the application.</source>
        <translation>Этот {what} использует формат пакета {version}, неизвестный этой версии Green Belt Desktop. Обновите программу.</translation>
    </message>
    <message>
        <source>{name} inflates to more than {limit} MB (a compression bomb or an absurd size); it is refused.</source>
        <translation>Файл {name} после распаковки превышает {limit} МБ («бомба» сжатия или неправдоподобный размер); он отклонён.</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated gzip file.</source>
        <translation>Файл {name} — повреждённый или неполный архив gzip.</translation>
    </message>
    <message>
        <source>{name} is above the size limit for a bundle; it is refused.</source>
        <translation>Файл {name} превышает допустимый размер пакета; он отклонён.</translation>
    </message>
    <message>
        <source>{name} is not a bundle (it is not UTF-8 text).</source>
        <translation>Файл {name} не является пакетом (это не текст в кодировке UTF-8).</translation>
    </message>
    <message>
        <source>{name} is not a bundle (not valid JSON: the file may be truncated or damaged).</source>
        <translation>Файл {name} не является пакетом (некорректный JSON: файл, возможно, обрезан или повреждён).</translation>
    </message>
    <message>
        <source>{name} is {size} MB, above the limit of {limit} MB for a bundle; it is refused.</source>
        <translation>Размер файла {name} — {size} МБ, больше предельного размера пакета ({limit} МБ); он отклонён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} carries reference data, which only the SCO Secretariat issues; the bundle is refused whole.</source>
        <translation>Изменение № {number} в пакете содержит справочные данные, которые выпускает только Секретариат ШОС; пакет отклонён целиком.</translation>
    </message>
    <message>
        <source>The bundle&apos;s reference entry for {list_name} {code} does not have the id its list and code give; the bundle is refused whole.</source>
        <translation>Справочная запись {list_name} {code} в пакете имеет не тот идентификатор, который задают её список и код; пакет отклонён целиком.</translation>
    </message>
    <message>
        <source>This bundle carries records of &apos;{party}&apos;, which is not an SCO member state in this installation&apos;s reference data; it is refused.</source>
        <translation>Этот пакет содержит записи стороны «{party}», которая не является государством — членом ШОС по справочным данным этой установки; пакет отклонён.</translation>
    </message>
    <message>
        <source>it is not signed by a key this installation trusts for its sender</source>
        <translation>он не подписан ключом, которому этот компьютер доверяет для его отправителя</translation>
    </message>
    <message>
        <source>it is signed by a key that was replaced ({fingerprint}…)</source>
        <translation>он подписан ключом, который был заменён ({fingerprint}…)</translation>
    </message>
    <message>
        <source>it is signed by a revoked key ({fingerprint}…)</source>
        <translation>он подписан отозванным ключом ({fingerprint}…)</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>forwarded bundle</source>
        <translation>пересланный пакет</translation>
    </message>
    <message>
        <source>key rotation</source>
        <translation>документ о смене ключа</translation>
    </message>
    <message>
        <source>bundle_id</source>
        <translation>идентификатор пакета (bundle_id)</translation>
    </message>
    <message>
        <source>issuing device</source>
        <translation>идентификатор устройства-отправителя</translation>
    </message>
    <message>
        <source>superseded: a later bundle from this device ({later}) was already applied; only newer versions in this one were taken</source>
        <translation>Пакет устарел: более поздний пакет с этого устройства (№ {later}) уже применён; из этого пакета взяты только более новые версии записей</translation>
    </message>
    <message>
        <source>the Secretariat acknowledged our bundle {sequence}</source>
        <translation>Секретариат ШОС подтвердил получение нашего пакета № {sequence}</translation>
    </message>
    <message>
        <source>{party} device {device} replaced its key {old_fingerprint}… by {fingerprint}…</source>
        <translation>Устройство {device} стороны {party} заменило свой ключ {old_fingerprint}… на {fingerprint}…</translation>
    </message>
    <message>
        <source>{party} key {fingerprint}… revoked</source>
        <translation>Ключ {fingerprint}… стороны {party} отозван</translation>
    </message>
    <message>
        <source>learned {party} key {fingerprint}… (active)</source>
        <translation>Получен ключ {fingerprint}… стороны {party} (действующий)</translation>
    </message>
    <message>
        <source>learned {party} key {fingerprint}… (revoked)</source>
        <translation>Получен ключ {fingerprint}… стороны {party} (отозван)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>применён</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>уже был применён ранее</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Welcome to Green Belt Desktop</source>
        <translation>Добро пожаловать в «Зеленый пояс»</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>Выберите язык приложения.</translation>
    </message>
    <message>
        <source>You can change the language later in Settings. The next pages set up this computer for your country&apos;s focal point or for the SCO Secretariat.</source>
        <translation>Язык можно изменить позже в настройках. На следующих страницах этот компьютер настраивается для координатора вашей страны или для Секретариата ШОС.</translation>
    </message>
    <message>
        <source>Choose a country from the list, or type its name or two-letter code.</source>
        <translation>Выберите страну из списка или введите её название либо двухбуквенный код.</translation>
    </message>
    <message>
        <source>%1 is already a member state in this version: choose it under “%2” above.</source>
        <translation>%1 — уже государство-член в этой версии: выберите эту страну выше, в пункте «%2».</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>Кто работает на этом компьютере?</translation>
    </message>
    <message>
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>Пакеты, созданные здесь, подписываются от имени этой стороны.</translation>
    </message>
    <message>
        <source>The focal point of a member state</source>
        <translation>Координатор государства-члена</translation>
    </message>
    <message>
        <source>Another member state (joined after this version)</source>
        <translation>Другое государство-член (вступило в ШОС после выхода этой версии)</translation>
    </message>
    <message>
        <source>The SCO Secretariat</source>
        <translation>Секретариат ШОС</translation>
    </message>
    <message>
        <source>&amp;Member state:</source>
        <translation>&amp;Государство-член:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Type or choose the country</source>
        <translation>Введите или выберите страну</translation>
    </message>
    <message>
        <source>The SCO Secretariat&apos;s reference data will name your country properly once the first consolidated bundle has been imported.</source>
        <translation>После импорта первого сводного пакета ваша страна будет названа так, как указано в справочных данных Секретариата ШОС.</translation>
    </message>
    <message>
        <source>Choose the Secretariat only on the Secretariat&apos;s own computers: it consolidates the bundles of all member states.</source>
        <translation>Выбирайте Секретариат только на компьютерах самого Секретариата: он сводит пакеты всех государств-членов.</translation>
    </message>
    <message>
        <source>The focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>Ваше имя записывается как автор вводимых данных.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>e.g. Aigerim Saparova</source>
        <translation>напр. Айгерим Сапарова</translation>
    </message>
    <message>
        <source>e.g. Ministry of Ecology</source>
        <translation>напр. Министерство экологии</translation>
    </message>
    <message>
        <source>The name is required; the organisation may stay empty.</source>
        <translation>Имя обязательно; организацию можно не указывать.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Слишком коротко: не менее %1 символов.</translation>
    </message>
    <message>
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>Слабая: длинная фраза из нескольких слов надёжнее.</translation>
    </message>
    <message>
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>Средняя: лучше длиннее или с буквами, цифрами и знаками.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Парольные фразы совпадают.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>Сейчас создаётся пара ключей для подписи ваших пакетов; парольная фраза защищает закрытый ключ.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>Парольная фраза нужна для экспорта пакетов. Если её потерять, восстановить её никто не сможет: запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <source>Set up Green Belt Desktop</source>
        <translation>Настройка «Зеленого пояса»</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This installation is already set up; nothing was changed.</source>
        <translation>Эта установка уже настроена; ничего не изменено.</translation>
    </message>
    <message>
        <source>The installation could not be set up</source>
        <translation>Не удалось выполнить настройку</translation>
    </message>
    <message>
        <source>Ready to set up</source>
        <translation>Всё готово к настройке</translation>
    </message>
    <message>
        <source>Check what you entered, then press Finish.</source>
        <translation>Проверьте введённые данные и нажмите «Готово».</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
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
        <source>Your key:</source>
        <translation>Ваш ключ:</translation>
    </message>
    <message>
        <source>Secretariat&apos;s key:</source>
        <translation>Ключ Секретариата:</translation>
    </message>
    <message>
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>Ваши записи хранятся на этом компьютере. Они покидают его только в пакетах, которые вы экспортируете на странице «Синхронизация», а личные записи не покидают его никогда.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указана)</translation>
    </message>
    <message>
        <source>a new key pair is made when you press Finish</source>
        <translation>новая пара ключей создаётся при нажатии «Готово»</translation>
    </message>
    <message>
        <source>trusted, fingerprint %1</source>
        <translation>доверенный, отпечаток %1</translation>
    </message>
    <message>
        <source>not yet: trust it later on the Sync page</source>
        <translation>пока нет: его можно добавить позже на странице «Синхронизация»</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s key card</source>
        <translation>Карточка ключа Секретариата</translation>
    </message>
    <message>
        <source>Key cards (*.json *.gbkey);;All files (*)</source>
        <translation>Карточки ключей (*.json *.gbkey);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This key card belongs to %1, not to the SCO Secretariat.</source>
        <translation>Эта карточка ключа принадлежит %1, а не Секретариату ШОС.</translation>
    </message>
    <message>
        <source>Key card of the SCO Secretariat: %1</source>
        <translation>Карточка ключа Секретариата ШОС: %1</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s key</source>
        <translation>Ключ Секретариата</translation>
    </message>
    <message>
        <source>With it this computer checks that consolidated bundles really come from the Secretariat.</source>
        <translation>С ним этот компьютер проверяет, что сводные пакеты действительно пришли от Секретариата.</translation>
    </message>
    <message>
        <source>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</source>
        <translation>Откройте файл карточки ключа, который прислал Секретариат (по электронной почте или на флешке).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Key card file</source>
        <translation>Файл карточки ключа</translation>
    </message>
    <message>
        <source>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>Попросите Секретариат продиктовать по телефону отпечаток его ключа и сравните его по группам с этим:</translation>
    </message>
    <message>
        <source>&amp;The fingerprints are the same</source>
        <translation>&amp;Отпечатки совпадают</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Пропустить пока</translation>
    </message>
    <message>
        <source>Without the Secretariat&apos;s key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</source>
        <translation>Без ключа Секретариата можно вводить данные и экспортировать пакеты, но импортировать сводные пакеты нельзя, пока вы не доверите ключу на странице «Синхронизация».</translation>
    </message>
</context>
</TS>
