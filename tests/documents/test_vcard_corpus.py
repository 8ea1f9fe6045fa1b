"""Address books written by real programs (tests/documents/vcards/README.md) import with the
fields a person looks for: name, organisation and department, title, e-mails and phones with
their types, addresses, birthdays, web addresses and notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from greenbelt_desktop.documents.vcard import import_address_book
from greenbelt_desktop.store.records import Store

CORPUS = Path(__file__).parent / "vcards"

# file → {full name: {field: expected}}; "notes" lists lines the notes must hold,
# "phones" and "emails" the values that must be there (with their types).
JOHN_DOE_NOTES = ["Organisation: IBM", "Department: Accounting", "Nickname: Johny"]
EXPECTED: dict[str, dict[str, dict[str, Any]]] = {
    "ez-vcard/John_Doe_MS_OUTLOOK.vcf": {
        "Mr. John Richter James Doe Sr.": {
            "title": "Money Counter",
            "email": "john.doe@ibm.cm",
            "phones": ["(905) 555-1234 (work)", "(905) 666-1234 (home)"],
            "notes": [
                *JOHN_DOE_NOTES,
                "Role: Counting Money",
                "Birthday: 1980-03-22",
                "Address (work): Cresent moon drive, Albaney, New York, 12345,"
                " United States of America",
                "Web (work): http://www.ibm.com",
            ],
        }
    },
    "ez-vcard/outlook-2003.vcf": {
        "John Doe III": {
            "title": "The Job Title",
            "email": "jdoe@hotmail.com",
            "phones": ["BusinessFaxPhone (work, fax)", "MobilePhone (mobile)"],
            "notes": [
                "This is the note field!!\nSecond line\n\nThird line is empty",
                "Organisation: Company, The",
                "Department: TheDepartment",
                "Birthday: 1980-03-21",
                "Web (work): http://web-page-address.com",
            ],
        }
    },
    "ez-vcard/outlook-2007.vcf": {
        "Mr. Michael Angstadt Jr.": {
            "title": "TheJobTitle",
            "email": "mike.angstadt@gmail.com",
            "phones": ["(111) 555-3333 (work, fax)", "(111) 555-4444 (mobile)"],
            "notes": ["Organisation: TheCompany", "Department: TheDepartment"],
        }
    },
    "ez-vcard/John_Doe_ANDROID.vcf": {
        "john.doe@company.com": {"email": "john.doe@company.com"},
        "jane.doe@company.com": {"email": "jane.doe@company.com"},
        "Ñ Ñ Ñ Ñ": {
            "email": "bob@company.com",
            "phones": ["123456 (mobile)", "123456 (work, fax)"],
            "notes": ["Web: http://www.company.com", "Organisation: ÑÑÑÑÑÑÑÑÑÑÑÑ"],
        },
    },
    "ez-vcard/John_Doe_IPHONE.vcf": {
        "Mr. John Richter James Doe Sr.": {
            "title": "Money Counter",
            "email": "john.doe@ibm.com",
            "phones": [
                "905-555-1234 (mobile)",
                "905-888-1234 (home, fax)",
                "905-111-1234 (pager)",
                "905-222-1234 (assistant)",
            ],
            "notes": [
                *JOHN_DOE_NOTES,
                "Birthday: 2012-06-06",
                "Address (work): Street4, Building 6, Floor 8, New York, 12345, USA",
                "Web (homepage): http://www.ibm.com",
            ],
        }
    },
    "ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf": {
        "Mr. John Richter,James Doe Sr.": {
            "email": "john.doe@ibm.com",
            "phones": ["905-999-1234 (work, fax)"],
            "notes": JOHN_DOE_NOTES,
        }
    },
    "ez-vcard/John_Doe_GMAIL.vcf": {
        "Mr. John Richter, James Doe Sr.": {
            "title": "Money Counter",
            "email": "john.doe@ibm.com",
            "phones": ["905-555-1234 (mobile)", "905-666-1234 (home)"],
            "notes": [
                "Organisation: IBM",
                "Birthday: 1980-03-22",
                "Web (work): http://www.ibm.com",
            ],
        }
    },
    "ez-vcard/gmail-single.vcf": {
        "Greg Dartmouth": {
            "title": "TheJobTitle",
            "email": "gdartmouth@hotmail.com",
            "phones": ["555 555 1111 (mobile)"],
            "notes": [
                "This is GMail's note field.\nIt should be added as a NOTE type."
                "\nACustomField: CustomField",
                "Organisation: TheCompany",
                "Birthday: 1960-09-10",
                "Address (home): 123 Home St, Home City, HM 12345",
                "Web (profile): http://TheProfile.com",
            ],
        }
    },
    "ez-vcard/gmail-single2.vcf": {
        "VCard Test": {
            "email": "email@example.com",
            "emails": ["homeemail@example.com", "workemail@example.com"],
            "phones": ["5555551117 (home, fax)", "5555551115 (mobile)"],
        }
    },
    "ez-vcard/gmail-list.vcf": {
        "Arnold Smith": {"email": "asmithk@gmail.com"},
        "Chris Beatle": {"email": "chrisy55d@yahoo.com"},
        "Doug White": {"email": "dwhite@gmail.com"},
    },
    "ez-vcard/John_Doe_EVOLUTION.vcf": {
        "Mr. John Richter, James Doe Sr.": {
            "title": "Money Counter",
            "email": "john.doe@ibm.com",
            "phones": ["905-666-1234 (mobile)", "905-555-1234 (work)"],
            "notes": [
                "Organisation: IBM",
                "Department: Accounting / Dungeon",
                "Birthday: 1980-03-22",
            ],
        }
    },
    "ez-vcard/John_Doe_LOTUS_NOTES.vcf": {
        "Mr. Doe John I Johny": {
            "title": "Generic Accountant",
            "email": "john.doe@ibm.com",
            "emails": ["billy_bob@gmail.com"],
            "phones": ["+1 (212) 204-34456 (mobile)", "00-1-212-555-7777 (work, fax)"],
            "notes": ["Organisation: IBM", "Department: SUN", "Nickname: Johny,JayJay"],
        }
    },
    "ez-vcard/John_Doe_BLACK_BERRY.vcf": {
        "John Doe": {"phones": ["+96123456789 (mobile)"], "notes": ["Organisation: Acme Solutions"]}
    },
    "ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf": {
        "John Doe": {
            "title": "TheTitle",
            "email": "doe.john@hotmail.com",
            "emails": ["additional-email@company.com"],
            "phones": ["555-555-3333 (fax)", "555-555-5555 (mobile)"],
        }
    },
    "ez-vcard/rfc2426-example.vcf": {
        "Frank Dawson": {
            "email": "Frank_Dawson@Lotus.com",
            "emails": ["fdawson@earthlink.net"],
            "phones": ["+1-919-676-9564 (fax, work)"],
            "notes": ["Organisation: Lotus Development Corporation"],
        },
        "Tim Howes": {"email": "howes@netscape.com"},
    },
    "ez-vcard/rfc6350-example.vcf": {
        "Simon Perreault": {
            "email": "simon.perreault@viagenie.ca",
            "country": "CA",
            "languages": ["fr", "en"],
            "phones": ["+1-418-262-6501 (work, mobile, video, text)"],
            "notes": ["Organisation: Viagenie", "Birthday: --0203"],
        }
    },
    "sabre-vobject/issue153.vcf": {"Test Benutzer": {}},
    "sabre-vobject/issue64.vcf": {},  # a photo and nothing else: left out
    "eventable-vobject/vcard_with_groups.vcf": {
        "Meister Berger": {
            "title": "Mayor",
            "email": "mb@goerlitz.de",
            "phones": ["+49 3581 123456 (fax, message)"],
            "notes": ["Also title: Burgermeister", "Birthday: 1963-09-21"],
        }
    },
    "eventable-vobject/simple_3_0_test.vcf": {
        "Daffy Duck Knudson (with Bugs Bunny and Mr. Pluto)": {
            "phones": ["+01-(0)5-555.55.55 (mobile)"],
            "notes": [
                "Organisation: University of Novosibirsk",
                "Department: Department of Octopus Parthenogenesis",
                "Address (home): Haight Street 512;, Escape, Test, Novosibirsk, 80214, Gnuland",
            ],
        }
    },
    "khard/korean-c.vcf": {"최유림": {}},
    "khard/korean-j.vcf": {"전도훈": {}},
    "khard/org.vcf": {"ACME Inc.": {"notes": ["Organisation: ACME Inc."]}},
    "khard/tel-value-uri.vcf": {"bug 195": {"phones": ["67545678 (mobile)"]}},
    "khard/text-bday.vcf": {"text birthday": {"notes": ["Birthday: circa 1800"]}},
    "khard/altid.vcf": {"altid": {}},
    "khard/photov3.vcf": {"with photo v3": {}},
    "evolution-data-server/libebook-vcard-1.vcf": {
        "Frank Dawson": {
            "email": "Frank_Dawson@Lotus.com",
            "phones": ["+1-919-676-9515 (message, work)"],
            "notes": [
                "Address (work, postal, parcel): 6544 Battleford Drive, Raleigh, NC,"
                " 27613-3502, U.S.A.",
                "Web: http://home.earthlink.net/~fdawson",
            ],
        }
    },
    "evolution-data-server/libebook-vcard-3.vcf": {
        "Nat": {
            "email": "nat@nat.org",
            "emails": ["nat@ximian.com"],
            "phones": ["123 456 7890 (mobile)"],
            "notes": ["Birthday: 1977-08-06"],
        }
    },
    "evolution-data-server/libebook-vcard-5.vcf": {
        "十城目管理大型知座": {"title": "十城目管理大型知座", "email": "weird@weird.com"}
    },
    "evolution-data-server/libebook-vcard-10.vcf": {"Frank Dawson": {}},
    "evolution-data-server/libebook-vcard-12.vcf": {
        "Michael Brüning": {
            "email": "ext-Michael.Bruning@nokia.com",
            "phones": ["+491622433834 (mobile, work)"],
            "notes": ["Address (home): Münsterplatz 21, Ulm, Baden-Württemberg, 89073"],
        }
    },
    "evolution-data-server/libebook-vcard-13.vcf": {
        "Ralf Engels": {"notes": ["Organisation: Ralf Engels evil tests"]}
    },
    "evolution-data-server/name-only.vcf": {"John Doe": {}},
    "evolution-data-server/simple-1.vcf": {"Foo Bar": {"email": "foo.bar@example.org"}},
    "evolution-data-server/custom-1.vcf": {
        "Micheal Jackson": {"email": "micheal@jackson.com", "phones": ["+1-221-5423789 (home)"]}
    },
    "evolution-data-server/photo-1.vcf": {"photo": {"email": "photo@no.where"}},
}
# Files with more contacts than EXPECTED names (the others are checked by count).
CONTACTS = {"ez-vcard/John_Doe_ANDROID.vcf": 6}
PHOTOS = {
    "ez-vcard/John_Doe_MS_OUTLOOK.vcf": 1,
    "ez-vcard/John_Doe_IPHONE.vcf": 1,
    "ez-vcard/outlook-2007.vcf": 2,
    "sabre-vobject/issue64.vcf": 1,
    "khard/photov3.vcf": 1,
}


def test_every_corpus_file_has_its_expectations() -> None:
    files = {str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*.vcf")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_imports_with_its_fields(store: Store, name: str) -> None:
    path = CORPUS / name
    dry = import_address_book(store, path, dry_run=True)
    report = import_address_book(store, path)
    assert report.written == bool(EXPECTED[name])
    assert dry.lines() == report.lines() and dry.counts() == report.counts()
    count = CONTACTS.get(name, len(EXPECTED[name]))
    assert report.counts()["new"] == count, report.lines()
    if name in PHOTOS:
        assert report.photos == PHOTOS[name]
        assert f"{PHOTOS[name]} photo(s) and logo(s) were not imported" in "\n".join(report.lines())
    contacts = {r.data["full_name"]: r.data for r in store.iter_records("contact")}
    for full_name, expected in EXPECTED[name].items():
        data = contacts[full_name]
        for key, value in expected.items():
            if key == "notes":
                for line in value:
                    assert line in data["notes"], (line, data["notes"])
            elif key in ("phones", "emails"):
                assert set(value) <= set(data[key]), (value, data[key])
            else:
                assert data[key] == value, (key, data[key])
    again = import_address_book(store, path)
    assert again.counts() == {"new": 0, "changed": 0, "unchanged": count}
