"""The accessibility statement, with the contents the Danish Agency for Digital Government
(Digitaliseringsstyrelsen) requires of a public body's statement under the web accessibility
act (lov nr. 692 af 8. juni 2018)."""

from lederweb.demo import heading, rich_paragraph

ACCESSIBILITY_STATEMENT = [
    rich_paragraph(
        "<p>Væksthus for Ledelse forpligter sig til at gøre Lederweb tilgængeligt i "
        "overensstemmelse med lov om tilgængelighed af offentlige organers websteder og "
        "mobilapplikationer. Denne tilgængelighedserklæring gælder for lederweb.dk.</p>"
    ),
    heading("Overholdelsesstatus"),
    rich_paragraph(
        "<p>Lederweb er i overensstemmelse med de harmoniserede standarder EN 301 549 og "
        "WCAG 2.1 på niveau AA. Alle sidetyper testes automatisk med værktøjet axe-core, "
        "hver gang koden ændres, og siderne fungerer ved 200 % forstørrelse og på skærme ned "
        "til 320 pixels bredde.</p>"
    ),
    heading("Ikke-tilgængeligt indhold"),
    rich_paragraph(
        "<p>Vi kender ikke til indhold, der ikke lever op til kravene. Ældre PDF-publikationer "
        "fra før 2018 er ikke omfattet af loven og er ikke nødvendigvis tilgængelige; de fleste "
        "findes også som e-publikation i HTML. Videoer fra eksterne tjenester kan mangle "
        "undertekster; vi tilføjer en tekstudgave til nye videoer.</p>"
        "<p>Har du brug for indholdet i en anden form, så skriv til os, så hjælper vi.</p>"
    ),
    heading("Udarbejdelse af denne tilgængelighedserklæring"),
    rich_paragraph(
        "<p>Erklæringen er udarbejdet den 27. november 2026 på grundlag af en selvevaluering: "
        "automatiske test af alle sidetyper med axe-core og manuelle kontroller af "
        "tastaturbetjening, fokusmarkering, kontrast, zoom og skærmlæser. Erklæringen blev "
        "senest gennemgået den 27. november 2026.</p>"
    ),
    heading("Feedback og kontaktoplysninger"),
    rich_paragraph(
        "<p>Oplever du problemer med tilgængeligheden på Lederweb, eller mangler du indhold i en "
        "tilgængelig form, så kontakt sekretariatet for Væksthus for Ledelse på "
        '<a href="mailto:lederweb@kl.dk">lederweb@kl.dk</a>. Vi svarer inden for ti '
        "arbejdsdage.</p>"
    ),
    heading("Håndhævelsesprocedure"),
    rich_paragraph(
        "<p>Digitaliseringsstyrelsen fører tilsyn med, at offentlige organers websteder lever "
        "op til kravene. Får du ikke et tilfredsstillende svar fra os, kan du klage til "
        "Digitaliseringsstyrelsen, Landgreven 4, 1301 København K, "
        '<a href="mailto:digst@digst.dk">digst@digst.dk</a>. Klager kan også indgives '
        "gennem styrelsens webformular på digst.dk.</p>"
    ),
]
