<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Operations</name>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="44" />
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="142" />
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="143" />
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="151" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="173" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="87" />
        <source>Welcome to Green Belt Desktop</source>
        <translation>Добро пожаловать в «Зеленый пояс»</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="88" />
        <source>Choose the language of the application.</source>
        <translation>Выберите язык приложения.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="90" />
        <source>You can change the language later in Settings. The next pages set up this computer for your country's focal point or for the SCO Secretariat.</source>
        <translation>Язык можно изменить позже в настройках. На следующих страницах этот компьютер настраивается для координатора вашей страны или для Секретариата ШОС.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="147" />
        <source>Who uses this computer?</source>
        <translation>Кто работает на этом компьютере?</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="149" />
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>Пакеты, созданные здесь, подписываются от имени этой стороны.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="151" />
        <source>The focal point of a member state</source>
        <translation>Координатор государства-члена</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="152" />
        <source>The SCO Secretariat</source>
        <translation>Секретариат ШОС</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="153" />
        <source>&amp;Member state:</source>
        <translation>&amp;Государство-член:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="164" />
        <source>Choose the Secretariat only on the Secretariat's own computers: it consolidates the bundles of all member states.</source>
        <translation>Выбирайте Секретариат только на компьютерах самого Секретариата: он сводит пакеты всех государств-членов.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="197" />
        <source>The focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="199" />
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>Ваше имя записывается как автор вводимых данных.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="201" />
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="202" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="203" />
        <source>e.g. Aigerim Saparova</source>
        <translation>напр. Айгерим Сапарова</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="204" />
        <source>e.g. Ministry of Ecology</source>
        <translation>напр. Министерство экологии</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="206" />
        <source>The name is required; the organisation may stay empty.</source>
        <translation>Имя обязательно; организацию можно не указывать.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="268" />
        <source>Too short: use at least %1 characters.</source>
        <translation>Слишком коротко: не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="271" />
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>Слабая: длинная фраза из нескольких слов надёжнее.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="272" />
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>Средняя: лучше длиннее или с буквами, цифрами и знаками.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="273" />
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="277" />
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="279" />
        <source>The two passphrases match.</source>
        <translation>Парольные фразы совпадают.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="285" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="287" />
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>Сейчас создаётся пара ключей для подписи ваших пакетов; парольная фраза защищает закрытый ключ.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="293" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="294" />
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="296" />
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>Парольная фраза нужна для экспорта пакетов. Если её потерять, восстановить её никто не сможет: запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="107" />
        <source>Set up Green Belt Desktop</source>
        <translation>Настройка «Зеленого пояса»</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="109" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="110" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="111" />
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="112" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="123" />
        <source>The installation could not be set up</source>
        <translation>Не удалось выполнить настройку</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="77" />
        <source>Ready to set up</source>
        <translation>Всё готово к настройке</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="78" />
        <source>Check what you entered, then press Finish.</source>
        <translation>Проверьте введённые данные и нажмите «Готово».</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="79" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="80" />
        <source>Party:</source>
        <translation>Сторона:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="81" />
        <source>Focal point:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="82" />
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="83" />
        <source>Your key:</source>
        <translation>Ваш ключ:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="84" />
        <source>Secretariat's key:</source>
        <translation>Ключ Секретариата:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="86" />
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>Ваши записи хранятся на этом компьютере. Они покидают его только в пакетах, которые вы экспортируете на странице «Синхронизация», а личные записи не покидают его никогда.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="100" />
        <source>(not given)</source>
        <translation>(не указана)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="103" />
        <source>a new key pair is made when you press Finish</source>
        <translation>новая пара ключей создаётся при нажатии «Готово»</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="110" />
        <source>trusted, fingerprint %1</source>
        <translation>доверенный, отпечаток %1</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="116" />
        <source>not yet: trust it later on the Sync page</source>
        <translation>пока нет: его можно добавить позже на странице «Синхронизация»</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="93" />
        <source>The Secretariat's key card</source>
        <translation>Карточка ключа Секретариата</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="95" />
        <source>Key cards (*.json *.gbkey);;All files (*)</source>
        <translation>Карточки ключей (*.json *.gbkey);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="115" />
        <source>This key card belongs to %1, not to the SCO Secretariat.</source>
        <translation>Эта карточка ключа принадлежит %1, а не Секретариату ШОС.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="140" />
        <source>Key card of the SCO Secretariat: %1</source>
        <translation>Карточка ключа Секретариата ШОС: %1</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="148" />
        <source>The Secretariat's key</source>
        <translation>Ключ Секретариата</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="150" />
        <source>With it this computer checks that consolidated bundles really come from the Secretariat.</source>
        <translation>С ним этот компьютер проверяет, что сводные пакеты действительно пришли от Секретариата.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="157" />
        <source>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</source>
        <translation>Откройте файл карточки ключа, который прислал Секретариат (по электронной почте или на флешке).</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="162" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="163" />
        <source>Key card file</source>
        <translation>Файл карточки ключа</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="165" />
        <source>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>Попросите Секретариат продиктовать по телефону отпечаток его ключа и сравните его по группам с этим:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="171" />
        <source>&amp;The fingerprints are the same</source>
        <translation>&amp;Отпечатки совпадают</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="172" />
        <source>&amp;Skip for now</source>
        <translation>&amp;Пропустить пока</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="174" />
        <source>Without the Secretariat's key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</source>
        <translation>Без ключа Секретариата можно вводить данные и экспортировать пакеты, но импортировать сводные пакеты нельзя, пока вы не доверите ключу на странице «Синхронизация».</translation>
    </message>
</context>
</TS>