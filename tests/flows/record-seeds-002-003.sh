#!/bin/sh
# Recording two real trails from the terminal, as a volunteer would: the Alblasserdam
# raadsinformatiebrief of 30 March 2021 (seed 002) and the Drechtraad sessions on the regional
# plan for the social domain (seed 003). Run it twice: the second run changes nothing.
set -e

besluitspoor dossier add --id alblasserdam-gr-sociaal \
    --title "Nieuwe gemeenschappelijke regeling sociaal domein Drechtsteden" \
    --municipality Alblasserdam --profile gemeenschappelijke-regeling --domain sociaal \
    --start 2022-01-01 --tag drechtsteden --tag gemeenschappelijke-regeling \
    --summary "De Drechtsteden vormen hun regeling om. Voor de bedrijfsvoering komt er een servicegemeenteregeling met Dordrecht; voor het sociaal domein een nieuwe regeling, waarvan de hoofdlijnen in maart 2021 aan de raad gingen. Een deel van de taken (inburgering, centrale toegang, delen van de Wmo, praktijkleren, participatieplekken) wil Alblasserdam lokaal uitvoeren."
besluitspoor dossier source alblasserdam-gr-sociaal --date 2021-03-30 \
    --title "Raadsinformatiebrief 'Hoofdlijnennotitie de contouren van een nieuwe samenwerking', gemeente Alblasserdam"

besluitspoor add raadsbesluit alblasserdam-gr-sociaal --id rb-2021-01-26-principe \
    --date "26 januari 2021" --decision principebesluit \
    --title "Principebesluit over de transitie van de gemeenschappelijke regeling"
besluitspoor add raadsbesluit alblasserdam-gr-sociaal --id rb-2021-03-30-uitgangspunten \
    --date "30 maart 2021" --decision kaderstellend \
    --title "Uitgangspuntennotitie servicegemeenteregeling vastgesteld, met aanscherpingen" \
    --body "Route bedrijfsvoering; uitwerking in een dienstverleningsovereenkomst, verwacht begin juni 2021."
besluitspoor add RIB alblasserdam-gr-sociaal --date "30 maart 2021" \
    --portefeuillehouder "Kees Jongmans" \
    --title "Hoofdlijnennotitie 'Contouren van een nieuwe samenwerking sociaal'" \
    --body "Vraagt de raad richting (geen instemming) voor de nieuwe regeling sociaal. De kosten volgen later; het college maakt een voorbehoud op de totale kosten en de bijdrage van Alblasserdam." \
    --refs rb-2021-01-26-principe
besluitspoor add cie alblasserdam-gr-sociaal --id bio-2021-04-13 --date 13-4-2021 \
    --committee "Beeldvormende informatieve ontmoeting (bio)" --nature beeldvormend \
    --title "Inhoudelijke bespreking van de hoofdlijnennotitie" --refs rib-2021-03-30

besluitspoor toezegging add alblasserdam-gr-sociaal --id concept-gr-juni --made-in rib-2021-03-30 \
    --who college --due "juni 2021" \
    --text "De concepttekst van de regeling, met de kosten en de nieuwe governance (stemverhoudingen in dagelijks en algemeen bestuur), komt in de raad van juni 2021"
besluitspoor toezegging add alblasserdam-gr-sociaal --id inrichtingsplan --made-in rib-2021-03-30 \
    --who college --due "dec 2021" \
    --text "Het college stelt een lokaal inrichtingsplan vast vóór de besluitvorming over de nieuwe regeling, en informeert de raad daarover"

besluitspoor dossier add --id drechtsteden-regionaal-plan \
    --title "Regionaal plan sociaal domein Drechtsteden" --municipality "Drechtsteden (GRD)" \
    --profile beleidsplan --domain sociaal \
    --summary "De Sociale Dienst Drechtsteden stelt een regionaal plan op voor de taken die aan de Gemeenschappelijke Regeling Drechtsteden zijn gedelegeerd. Raadsleden werden in workshops bevraagd over trends, zelfredzaamheid, integraliteit en financiën."
besluitspoor dossier source drechtsteden-regionaal-plan --date "jan 2019" \
    --title "Drechtraad, terugblik raadsessies 4 december 2018 en 15 januari 2019 (regionaal plan sociaal domein)"
besluitspoor add overig drechtsteden-regionaal-plan --id verkenning-2018 --date 2018 \
    --title "Verkenning van thema's met partners, cliënten en gemeenten (oktober-december 2018)"
besluitspoor add commissievergadering drechtsteden-regionaal-plan \
    --id drechtstedendinsdag-2018-12-04 --date "dinsdag 4 december 2018" \
    --committee Drechtstedendinsdag --nature beeldvormend \
    --title "Workshops met raadsleden over vier thema's van het plan"
besluitspoor add commissie drechtsteden-regionaal-plan --id carrousel-2019-01-15 \
    --date 2019-01-15 --committee "Carrousel Sociaal" --nature informerend \
    --title "Terugkoppeling van de opgehaalde input en de lijn die eruit volgt" \
    --refs drechtstedendinsdag-2018-12-04
besluitspoor toezegging add drechtsteden-regionaal-plan --id financiele-doorrekening \
    --made-in carrousel-2019-01-15 --due "april 2019" \
    --text "Bij de bespreking in april 2019 komt waar mogelijk een financiële doorrekening"
besluitspoor toezegging add drechtsteden-regionaal-plan --id adviesraden-formeel \
    --made-in carrousel-2019-01-15 \
    --text "De regionale Wmo-adviesraad en cliëntenraad krijgen een formele adviesrol zodra er een stuk ligt"
