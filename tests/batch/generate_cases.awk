# Prints N generated cases, one a line, for the streaming tests and for
# measuring speed: awk -v n=1000000 -v seed=7 [-v format=csv] [-v bad=100] -f generate_cases.awk
# Seeded, so a run can be repeated exactly. With bad=K every K-th line is
# broken in one of a few ways (an error row, not the end of the run).
BEGIN {
    if (seed == "") seed = 7
    if (format == "") format = "jsonl"
    srand(seed)
    split("UA-05 UA-07 UA-09 UA-12 UA-14 UA-18 UA-21 UA-23 UA-26 UA-30 UA-32 UA-35 UA-40 UA-43 UA-46 UA-48 UA-51 UA-53 UA-56 UA-59 UA-61 UA-63 UA-65 UA-68 UA-71 UA-74 UA-77", region, " ")
    split("draft-evasion desertion journalist pro-russian lgbtiq other-persecution", claim, " ")
    split("yes no unknown", tp, " ")
    if (format == "csv")
        print "asOf,region,occupiedArea,personalRiskFactors,relocationObstacles,claims,temporaryProtection,regularPermit,asylumApplicationDate,tpExtension2028"
    for (i = 1; i <= n; i++) {
        as_of = sprintf("%04d-%02d-%02d", 2026 + int(rand() * 2), 7 + int(rand() * 6), 1 + int(rand() * 28))
        r = region[1 + int(rand() * 27)]
        claims = ""
        for (k = 1; k <= 6; k++) if (rand() < 0.1) claims = claims (claims == "" ? "" : (format == "csv" ? ";" : ",")) (format == "csv" ? "" : "\"") claim[k] (format == "csv" ? "" : "\"")
        app = rand() < 0.5 ? sprintf("2025-%02d-%02d", 1 + int(rand() * 12), 1 + int(rand() * 28)) : ""
        oa = rand() < 0.2 ? "true" : "false"; prf = rand() < 0.5 ? "true" : "false"; ro = rand() < 0.3 ? "true" : "false"
        t = tp[1 + int(rand() * 3)]; rp = rand() < 0.2 ? "true" : "false"; ext = rand() < 0.1 ? "true" : "false"
        if (bad != "" && i % bad == 0) {
            kind = int(i / bad) % 3
            if (kind == 0) r = "UA-99"
            else if (kind == 1) as_of = "2026-02-30"
            else { print (format == "csv" ? "\"broken" : "{broken"); continue }
        }
        if (format == "csv")
            printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", as_of, r, oa, prf, ro, claims, t, rp, app, ext
        else
            printf "{\"asOf\":\"%s\",\"region\":\"%s\",\"occupiedArea\":%s,\"personalRiskFactors\":%s,\"relocationObstacles\":%s,\"claims\":[%s],\"temporaryProtection\":\"%s\",\"regularPermit\":%s,\"asylumApplicationDate\":%s,\"tpExtension2028\":%s}\n", as_of, r, oa, prf, ro, claims, t, rp, (app == "" ? "null" : "\"" app "\""), ext
    }
}
