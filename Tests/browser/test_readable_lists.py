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


def test_a_form_reads_in_the_order_of_its_fields(station, open_console):
    """A site's address is asked as it is written on an envelope, not in the alphabetical order of its JSON keys."""
    admin = open_console("admin")
    admin.go("#/admin/sites")
    admin.wait_for("#admin-sites[aria-current=page]")
    admin.find("#admin-new").click()
    admin.wait_for("#admin-form")
    paths = [field.get_attribute("data-path") for field in admin.find_all('#admin-form [data-path^="address."]')]
    assert paths == ["address.street", "address.postalCode", "address.city", "address.country"], paths
