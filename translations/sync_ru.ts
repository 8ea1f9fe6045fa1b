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
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="86" />
        <source>Welcome to Green Belt Desktop</source>
        <translation>Добро пожаловать в «Зеленый пояс»</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="87" />
        <source>Choose the language of the application.</source>
        <translation>Выберите язык приложения.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="89" />
        <source>You can change the language later in Settings. The next pages set up this computer for your country's focal point or for the SCO Secretariat.</source>
        <translation>Язык можно изменить позже в настройках. На следующих страницах этот компьютер настраивается для координатора вашей страны или для Секретариата ШОС.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="146" />
        <source>Who uses this computer?</source>
        <translation>Кто работает на этом компьютере?</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="148" />
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>Пакеты, созданные здесь, подписываются от имени этой стороны.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="150" />
        <source>The focal point of a member state</source>
        <translation>Координатор государства-члена</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="151" />
        <source>The SCO Secretariat</source>
        <translation>Секретариат ШОС</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="152" />
        <source>&amp;Member state:</source>
        <translation>&amp;Государство-член:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="163" />
        <source>Choose the Secretariat only on the Secretariat's own computers: it consolidates the bundles of all member states.</source>
        <translation>Выбирайте Секретариат только на компьютерах самого Секретариата: он сводит пакеты всех государств-членов.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="196" />
        <source>The focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="198" />
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>Ваше имя записывается как автор вводимых данных.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="200" />
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="201" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="202" />
        <source>e.g. Aigerim Saparova</source>
        <translation>напр. Айгерим Сапарова</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="203" />
        <source>e.g. Ministry of Ecology</source>
        <translation>напр. Министерство экологии</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="205" />
        <source>The name is required; the organisation may stay empty.</source>
        <translation>Имя обязательно; организацию можно не указывать.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="267" />
        <source>Too short: use at least %1 characters.</source>
        <translation>Слишком коротко: не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="270" />
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>Слабая: длинная фраза из нескольких слов надёжнее.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="271" />
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>Средняя: лучше длиннее или с буквами, цифрами и знаками.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="272" />
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="276" />
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="278" />
        <source>The two passphrases match.</source>
        <translation>Парольные фразы совпадают.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="284" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="286" />
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>Сейчас создаётся пара ключей для подписи ваших пакетов; парольная фраза защищает закрытый ключ.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="292" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="293" />
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="295" />
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>Парольная фраза нужна для экспорта пакетов. Если её потерять, восстановить её никто не сможет: запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="92" />
        <source>Set up Green Belt Desktop</source>
        <translation>Настройка «Зеленого пояса»</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="94" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="95" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="96" />
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="97" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="108" />
        <source>The installation could not be set up</source>
        <translation>Не удалось выполнить настройку</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="64" />
        <source>Ready to set up</source>
        <translation>Всё готово к настройке</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="65" />
        <source>Check what you entered, then press Finish.</source>
        <translation>Проверьте введённые данные и нажмите «Готово».</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="66" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="67" />
        <source>Party:</source>
        <translation>Сторона:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="68" />
        <source>Focal point:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="69" />
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="71" />
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>Ваши записи хранятся на этом компьютере. Они покидают его только в пакетах, которые вы экспортируете на странице «Синхронизация», а личные записи не покидают его никогда.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="85" />
        <source>(not given)</source>
        <translation>(не указана)</translation>
    </message>
</context>
</TS>