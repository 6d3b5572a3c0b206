"""Issue 15: an administrator's lists name the document's enumerations as the forms do, in French, never by their
internal identifiers (`healthcare`, `dc09SIA`, `falseAlarm`)."""


def test_administration_lists_show_labels_not_identifiers(station, open_console):
    admin = open_console("admin")
    for kind, label, identifiers in (
        ("customers", "Santé", ("healthcare", "business", "publicBody")),
        ("transmitters", "DC-09 SIA (SIA-DCS)", ("dc09SIA", "dc09ContactID", "hardwareReceiver")),
        ("closure-codes", "Fausse alarme", ("falseAlarm", "realAlarm", "technical")),
    ):
        admin.go(f"#/admin/{kind}")
        admin.wait_for(f"#admin-{kind}[aria-current=page]")
        admin.wait_text("table.list tbody", label)
        shown = admin.text("table.list tbody")
        for identifier in identifiers:
            assert identifier not in shown, (kind, identifier)
