"""The shipped rule book, parsed ahead of time: generated, do not edit.

Generated from ``data/rules.toml`` by ``python -m coding_certs._compile``.
It is used only while ``SOURCE`` equals that file's text (see ``_compile``).
"""

from __future__ import annotations

import datetime
from typing import Any

SOURCE = '# The rule book shipped with coding_certs.\n#\n# Provenance: every value below was read from the public page named in its\n# `sources` (the [sources] table at the end of this file). The domain notes the\n# project works from are ../shared/DOMAIN.md in the developers\' workspace; the\n# seed document is an undated blog post whose tier table matches AAPC\'s older\n# page. A value that no primary source confirms is listed under the entry\'s\n# `assumptions`, in words, so that no assumption hides among the facts.\n#\n# Format (version 2; docs/rulebook-format.md), also accepted by\n# coding_certs.load_rulebook():\n#   format = 2\n#   [[bodies]]       code, name, sources\n#   [[credentials]]  code, title, body, setting ("professional", "facility" or\n#                    omitted for both), focus ("outpatient", "inpatient" or\n#                    omitted for both), aliases, successor, renamed_on,\n#                    renamed_on_confirmed, ceus (the CEUs asked when held\n#                    alone), sources, assumptions, notes\n#   [[requirements]] body, kind ("tiered", "highest-plus", "per-credential"\n#                    or "flat"), edition (unique), title, effective_from,\n#                    superseded_on (omitted while current), sources,\n#                    assumptions, and the kind\'s own keys: tiers (a list of\n#                    { min = N, max = M, units = "U" } rows; the last row has\n#                    no max), increment and cap, shared, units. Units are\n#                    strings or integers, never floats.\n#   [[cycle_rules]], [[lapse_rules]], [[minimums]], [[notices]]: the rules, each\n#                    (a cycle rule with years, the cycle length),\n#                    with body, name, effective_from, superseded_on, sources,\n#                    assumptions and its own keys (see coding_certs.CycleRule,\n#                    LapseRule, CategoryMinimum and NoticeRule: title and\n#                    days from the due date, negative before it).\n#   [sources.ID]     title, url (omitted for a document with no address),\n#                    supports; entries name sources by ID.\n\nformat = 2\n\n# --- Issuing bodies ---------------------------------------------------------\n\n[[bodies]]\ncode = "AAPC"\nname = "American Academy of Professional Coders"\nsources = ["seed", "aapc-maintain"]\n\n[[bodies]]\ncode = "AHIMA"\nname = "American Health Information Management Association"\nsources = ["seed", "ahima-recertification"]\n\n# --- Credentials ------------------------------------------------------------\n\n[[credentials]]\ncode = "CPC"\ntitle = "Certified Professional Coder"\nbody = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nexam = "100 multiple-choice questions in 4 hours; 70% to pass."\napprentice = "CPC-A"\napprentice_rule = "The A comes off once the holder proves AAPC\'s 2-year experience requirement; under AAPC\'s older apprentice page, completing Practicode counts for one year and 80 contact hours of a medical coding preparation course for the other. The library records the status and this rule; it does not compute when the A comes off."\nsources = ["aapc-cpc", "seed", "aapc-apprentice", "aapc-apprentice-older"]\nassumptions = [\n    "An apprentice (CPC-A) owes the same CEUs as the full CPC: AAPC calls CPC-A a credential and asks CEUs of every certified member, but no AAPC page found says so of apprentices.",\n]\nnotes = [\n    "The seed calls the CPC the standard expectation of professional coders, more popular and with a higher pass rate than the CCS; AAPC publishes no pass rate, so this is an opinion, never a number the library computes with.",\n]\n\n[[credentials]]\ncode = "CPC-H"\ntitle = "Certified Professional Coder - Hospital"\nbody = "AAPC"\nsetting = "facility"\nfocus = "outpatient"\nsuccessor = "COC"\nrenamed_on_confirmed = false\nsources = ["aapc-faq-coc", "seed"]\nassumptions = [\n    "The date CPC-H became COC is not confirmed by any primary source found; AAPC\'s exam FAQ that says \'COC (formerly CPC-H)\' still lists ICD-9-CM code books, so the rename happened before October 2015.",\n]\n\n[[credentials]]\ncode = "COC"\ntitle = "Certified Outpatient Coder"\nbody = "AAPC"\nsetting = "facility"\nfocus = "outpatient"\naliases = ["Certified Outpatient Coding"]\nexam = "100 multiple-choice questions in 4 hours (the passing score is not on AAPC\'s page retrieved)."\napprentice = "COC-A"\napprentice_rule = "The A comes off once the holder proves AAPC\'s 2-year experience requirement; under AAPC\'s older apprentice page, completing Practicode counts for one year and 80 contact hours of a medical coding preparation course for the other. The library records the status and this rule; it does not compute when the A comes off."\nsources = ["aapc-coc", "aapc-faq-coc", "aapc-apprentice", "aapc-apprentice-older"]\nassumptions = [\n    "An apprentice (COC-A) owes the same CEUs as the full COC: AAPC calls COC-A a credential and asks CEUs of every certified member, but no AAPC page found says so of apprentices.",\n]\n\n[[credentials]]\ncode = "CIC"\ntitle = "Certified Inpatient Coder"\nbody = "AAPC"\nsetting = "facility"\nfocus = "inpatient"\nexam = "Older edition: 60 multiple-choice questions and 10 inpatient cases, 5 hours 40 minutes. The current format is not confirmed by AAPC\'s own page."\nsources = ["domain-other-credentials", "aapc-cic-older"]\n\n[[credentials]]\ncode = "CPC-P"\ntitle = "Certified Professional Coder - Payer"\nbody = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nsources = ["aapc-exam-faq", "domain-other-credentials"]\nassumptions = [\n    "CPC-P codes professional claims from the payer\'s side; recording it as professional and outpatient is this library\'s reading, not AAPC\'s wording.",\n    "AAPC\'s exam FAQ lists the code CPC-P; the title is this library\'s expansion of it (the payer\'s side, as the project\'s notes record it).",\n]\n\n[[credentials]]\ncode = "CPMA"\ntitle = "Certified Professional Medical Auditor"\nbody = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nsources = ["aapc-exam-faq", "aapc-help-current", "aapc-help-2012"]\nassumptions = [\n    "CPMA audits medical records, mostly of professional services; recording it as professional and outpatient is this library\'s reading, not AAPC\'s wording.",\n]\n\n[[credentials]]\ncode = "CPCO"\ntitle = "Certified Professional Compliance Officer"\nbody = "AAPC"\nsources = ["aapc-exam-faq", "aapc-help-current", "aapc-help-2012"]\nassumptions = [\n    "A compliance credential, not tied to one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CDEO"\ntitle = "Certified Documentation Expert-Outpatient"\nbody = "AAPC"\nfocus = "outpatient"\nsources = ["aapc-exam-faq", "aapc-help-current"]\nassumptions = [\n    "The focus outpatient follows the title; the setting is left unset.",\n]\n\n[[credentials]]\ncode = "CPPM"\ntitle = "Certified Physician Practice Manager"\nbody = "AAPC"\nsetting = "professional"\nsources = ["aapc-exam-faq", "aapc-help-current", "aapc-help-2012"]\nassumptions = [\n    "A practice-management credential of physician practices (professional); its focus is left unset.",\n]\n\n[[credentials]]\ncode = "CIRCC"\ntitle = "Certified Interventional Radiology Cardiovascular Coder"\nbody = "AAPC"\nsources = ["aapc-help-current", "aapc-help-2012", "dummies-ceus"]\nassumptions = [\n    "Interventional radiology and cardiovascular coding happen in facilities and physician practices alike; setting and focus are left unset.",\n    "The title is confirmed only by a third-party page (Dummies); AAPC\'s pages retrieved name the credential by its code.",\n]\n\n[[credentials]]\ncode = "CGSC"\ntitle = "Certified General Surgery Coder"\nbody = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["cgsc-third-party", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "That CGSC is an AAPC specialty credential comes from a third-party page; AAPC\'s own CGSC page was not retrieved. Setting and focus (general surgery coded from physician operative reports) are this library\'s reading.",\n]\n\n# =============================================================================\n# The AAPC catalogue (issue 9): AAPC\'s other core credentials and its specialty\n# credentials, with the specialty minimums of both AAPC editions. Every AAPC\n# credential counts toward AAPC\'s tier (36/40/44/48/52 today). A specialty\n# credential asks 8 CEUs of its own specialty in each cycle (16 under the older\n# table), inside the total; those CEUs are activities tagged with the\n# credential\'s code in lower case (\'cemc\'). AAPC says it has 22 specialty\n# credentials; 19 are carried here: 7 found on a page (CASCC on AAPC\'s own\n# exam FAQ; CEMC, CGSC above, CPCD, CHONC, CCVTC and CRHC on third-party pages)\n# and 12 commonly listed but found on no page (each marked UNCONFIRMED).\n# =============================================================================\n\n# --- Core credentials ---\n\n[[credentials]]\ncode = "CPB"\ntitle = "Certified Professional Biller"\nbody = "AAPC"\nsources = ["aapc-exam-faq"]\nassumptions = [\n    "AAPC\'s exam FAQ lists the code CPB among AAPC\'s credentials; the title is this library\'s expansion of it.",\n    "A billing credential, not tied to one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CRC"\ntitle = "Certified Risk Adjustment Coder"\nbody = "AAPC"\nsources = ["aapc-exam-faq"]\nassumptions = [\n    "AAPC\'s exam FAQ lists the code CRC among AAPC\'s credentials; the title is this library\'s expansion of it.",\n    "Risk adjustment coding reads diagnoses from both settings and both kinds of encounter; setting and focus are left unset.",\n]\n\n[[credentials]]\ncode = "CDEI"\ntitle = "Certified Documentation Expert Inpatient"\nbody = "AAPC"\nfocus = "inpatient"\nsources = ["medcodely-specialties"]\nassumptions = [\n    "That CDEI is an AAPC credential, and its title, come from a third-party page; AAPC\'s own CDEI page was not retrieved.",\n    "No CEU minimum of its own is modelled: AAPC\'s help page names none for CDEI (it names 16 documentation CEUs for CDEO), and none was found elsewhere. A CDEI owes only AAPC\'s tier total.",\n    "The focus inpatient follows the title; the setting is left unset, like CDEO\'s.",\n]\n\n# --- Specialty credentials (found) ---\n\n[[credentials]]\ncode = "CASCC"\ntitle = "Certified Ambulatory Surgery Center Coder"\nbody = "AAPC"\nsetting = "facility"\nfocus = "outpatient"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["aapc-exam-faq", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "AAPC\'s exam FAQ names the code CASCC; the title is this library\'s expansion of it.",\n    "Setting facility and focus outpatient are this library\'s reading: an ambulatory surgery center is a facility whose patients go home the same day.",\n]\n\n[[credentials]]\ncode = "CEMC"\ntitle = "Certified Evaluation and Management Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["medicoexam-cemc", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "That CEMC is an AAPC specialty credential, and its title, come from a third-party page; AAPC\'s own CEMC page was not retrieved.",\n    "Setting professional is this library\'s reading (E/M services are coded from physicians\' notes); the focus is left unset, as office and hospital visits are both E/M services.",\n]\n\n[[credentials]]\ncode = "CPCD"\ntitle = "Certified Professional Coder in Dermatology"\nbody = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["medicoexam-cpcd", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "That CPCD is an AAPC specialty credential, and its title, come from a third-party page; AAPC\'s own CPCD page was not retrieved.",\n    "Setting professional and focus outpatient are this library\'s reading: dermatology is mostly office-based physician care.",\n]\n\n[[credentials]]\ncode = "CHONC"\ntitle = "Certified Hematology and Oncology Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["medcodely-specialties", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "That CHONC is an AAPC specialty credential, and its title, come from a third-party page; AAPC\'s own CHONC page was not retrieved.",\n    "Setting professional is this library\'s reading (a physician specialty); the focus is left unset.",\n]\n\n[[credentials]]\ncode = "CCVTC"\ntitle = "Certified Cardiovascular and Thoracic Surgery Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["medcodely-specialties", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "That CCVTC is an AAPC specialty credential, and its title, come from a third-party page; AAPC\'s own CCVTC page was not retrieved.",\n    "Setting professional is this library\'s reading (surgeons\' services); the focus is left unset, as the surgery may be inpatient or outpatient.",\n]\n\n[[credentials]]\ncode = "CRHC"\ntitle = "Certified Rheumatology Coder"\nbody = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["medcodely-crhc", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "That CRHC is an AAPC specialty credential, and its title (rheumatology, not rural health), come from a third-party page; AAPC\'s own CRHC page was not retrieved.",\n    "Setting professional and focus outpatient are this library\'s reading: rheumatology is mostly office-based physician care.",\n]\n\n# --- Specialty credentials (UNCONFIRMED: no page found names them) ---\n\n[[credentials]]\ncode = "CCC"\ntitle = "Certified Cardiology Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CCC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "COBGC"\ntitle = "Certified Obstetrics Gynecology Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code COBGC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "COSC"\ntitle = "Certified Orthopaedic Surgery Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code COSC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CPEDC"\ntitle = "Certified Pediatrics Coder"\nbody = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CPEDC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CANPC"\ntitle = "Certified Anesthesia and Pain Management Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CANPC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CEDC"\ntitle = "Certified Emergency Department Coder"\nbody = "AAPC"\nfocus = "outpatient"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CEDC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CENTC"\ntitle = "Certified Otolaryngology Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CENTC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CFPC"\ntitle = "Certified Family Practice Coder"\nbody = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CFPC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CGIC"\ntitle = "Certified Gastroenterology Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CGIC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CIMC"\ntitle = "Certified Internal Medicine Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CIMC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CPRC"\ntitle = "Certified Plastics and Reconstructive Surgery Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CPRC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n[[credentials]]\ncode = "CUC"\ntitle = "Certified Urology Coder"\nbody = "AAPC"\nsetting = "professional"\nnotes = ["One of AAPC\'s specialty credentials: each asks 8 CEUs specific to its specialty (16 under the older table)."]\nsources = ["domain-specialty-codes", "aapc-specialty-credentials", "aapc-help-current"]\nassumptions = [\n    "UNCONFIRMED: neither the code CUC nor its title was found on any stored page, AAPC\'s or a third party\'s; it is carried because it is commonly listed among AAPC\'s 22 specialty credentials, and the title is this library\'s expansion of the code.",\n    "Setting and focus are this library\'s reading of the specialty\'s name.",\n]\n\n# --- AHIMA credentials ---\n\n[[credentials]]\ncode = "CCS"\nceus = "20"\ntitle = "Certified Coding Specialist"\nbody = "AHIMA"\nsetting = "facility"\nfocus = "inpatient"\nexam = "Older edition: 60 questions, 6 inpatient and 7 outpatient cases, 4 hours. A new exam launched in 2020; its format is confirmed only by third-party pages."\nsources = ["seed", "ahima-recertification", "ahima-ccs-older"]\nnotes = [\n    "The seed calls the CCS more difficult to obtain than the CPC; a third-party page claims an 84% first-time pass rate. Opinions, never used in any computation.",\n]\n\n[[credentials]]\ncode = "CCS-P"\nceus = "20"\ntitle = "Certified Coding Specialist - Physician-based"\nbody = "AHIMA"\nsetting = "professional"\nfocus = "outpatient"\nsources = ["domain-other-credentials", "ahima-recertification"]\nassumptions = [\n    "CCS-P codes physician-based (professional) services; recording its focus as outpatient is this library\'s reading, not AHIMA\'s wording.",\n]\n\n[[credentials]]\ncode = "CCA"\nceus = "20"\ntitle = "Certified Coding Associate"\nbody = "AHIMA"\nsources = ["domain-other-credentials", "ahima-recertification"]\nassumptions = [\n    "CCA is AHIMA\'s entry-level coding credential and is not tied to one setting or focus; both are left unset.",\n]\n\n# --- AHIMA\'s other credentials (issue 9): each with its CEUs when held alone ---\n\n[[credentials]]\ncode = "RHIA"\ntitle = "Registered Health Information Administrator"\nbody = "AHIMA"\nceus = "30"\nreplaces = ["RHIT"]\nsources = ["ahima-recertification", "ahima-faq-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code RHIA with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n    "RHIA replaces RHIT (\'a baccalaureate or higher-level HIM credential (RHIA) replaces an associate-based HIM credential (RHIT). Once granted, the baccalaureate-based credential is recognized and CEUs for this credential need only be maintained\', AHIMA\'s FAQ): held together, only RHIA counts (30, not 40). That the RHIT then needs no CEUs of its own is this library\'s reading of \'need only be maintained\'.",\n]\n\n[[credentials]]\ncode = "RHIT"\ntitle = "Registered Health Information Technician"\nbody = "AHIMA"\nceus = "20"\nsources = ["ahima-recertification", "ahima-faq-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code RHIT with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n    "Replaced by RHIA when both are held (see RHIA\'s replaces).",\n]\n\n[[credentials]]\ncode = "CHPS"\ntitle = "Certified in Healthcare Privacy and Security"\nbody = "AHIMA"\nceus = "30"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CHPS with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHDA"\ntitle = "Certified Health Data Analyst"\nbody = "AHIMA"\nceus = "30"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CHDA with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CDIP"\ntitle = "Certified Documentation Integrity Practitioner"\nbody = "AHIMA"\nceus = "30"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CDIP with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CPHI"\ntitle = "Certified Professional in Health Informatics"\nbody = "AHIMA"\nceus = "30"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CPHI with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHTS-CP"\ntitle = "Certified Healthcare Technology Specialist - Clinician/Practitioner Consultant"\nbody = "AHIMA"\nceus = "20"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CHTS-CP with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHTS-PW"\ntitle = "Certified Healthcare Technology Specialist - Practice Workflow and Information Management Redesign Specialist"\nbody = "AHIMA"\nceus = "20"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CHTS-PW with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHTS-IM"\ntitle = "Certified Healthcare Technology Specialist - Implementation Manager"\nbody = "AHIMA"\nceus = "20"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CHTS-IM with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHTS-IS"\ntitle = "Certified Healthcare Technology Specialist - Implementation Support Specialist"\nbody = "AHIMA"\nceus = "20"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CHTS-IS with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHTS-TS"\ntitle = "Certified Healthcare Technology Specialist - Technical/Software Support Staff"\nbody = "AHIMA"\nceus = "20"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CHTS-TS with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHTS-TR"\ntitle = "Certified Healthcare Technology Specialist - Trainer"\nbody = "AHIMA"\nceus = "20"\nsources = ["ahima-recertification"]\nassumptions = [\n    "AHIMA\'s recertification page lists the code CHTS-TR with its CEUs; the title is this library\'s expansion of the code.",\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "PCS"\ntitle = "Physician Coding Specialist"\nbody = "AHIMA"\nceus = "20"\nnotes = ["AHIMA no longer offers this certification exam (\'* AHIMA no longer offers these certification exams.\'); people who hold it still renew it."]\nsources = ["ahima-recertification"]\nassumptions = [\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHP"\ntitle = "Certified in Healthcare Privacy"\nbody = "AHIMA"\nceus = "30"\nnotes = ["AHIMA no longer offers this certification exam (\'* AHIMA no longer offers these certification exams.\'); people who hold it still renew it."]\nsources = ["ahima-recertification"]\nassumptions = [\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n[[credentials]]\ncode = "CHS"\ntitle = "Certified in Healthcare Security"\nbody = "AHIMA"\nceus = "30"\nnotes = ["AHIMA no longer offers this certification exam (\'* AHIMA no longer offers these certification exams.\'); people who hold it still renew it."]\nsources = ["ahima-recertification"]\nassumptions = [\n    "Not a coding credential of one setting or focus; both are left unset.",\n]\n\n# --- Requirements: what each body asks per cycle --------------------------------------------------------\n\n[[requirements]]\nkind = "tiered"\nbody = "AAPC"\nedition = "aapc-2012"\ntitle = "AAPC CEU requirements, older edition (the seed\'s table)"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\ntiers = [\n    { min = 1, max = 1, units = "36" },\n    { min = 2, max = 2, units = "48" },\n    { min = 3, max = 3, units = "60" },\n    { min = 4, max = 4, units = "72" },\n    { min = 5, units = "80" },\n]\nsources = ["aapc-help-2012", "aapc-ceus-2008", "seed"]\nassumptions = [\n    "In force from 2008-01-01: AAPC\'s two-year cycle of 36 CEUs for one credential dates from 2008; that the multi-credential tiers of this table also applied from 2008 is assumed.",\n    "Superseded on 2015-08-31: the first day a copy of AAPC\'s page shows the current edition. The real cutover lies between 2012-10-01 (this edition in force) and 2015-08-31 and is not confirmed; the later date is chosen so that no day is judged by the lower table without evidence.",\n]\n\n[[requirements]]\nkind = "tiered"\nbody = "AAPC"\nedition = "aapc-2015"\ntitle = "AAPC CEU requirements, current edition"\neffective_from = 2015-08-31\ntiers = [\n    { min = 1, max = 1, units = "36" },\n    { min = 2, max = 2, units = "40" },\n    { min = 3, max = 3, units = "44" },\n    { min = 4, max = 4, units = "48" },\n    { min = 5, units = "52" },\n]\nsources = ["aapc-help-current", "aapc-maintain"]\nassumptions = [\n    "In force from 2015-08-31, the date of the earliest copy of AAPC\'s page found with these numbers; the real start may be earlier.",\n]\n\n[[requirements]]\nbody = "AHIMA"\nedition = "ahima-assumed-2008"\nkind = "highest-plus"\ntitle = "AHIMA before 2019 (ASSUMED to match the 2019 rule)"\nincrement = "10"\ncap = "50"\neffective_from = 2008-01-01\nsuperseded_on = 2019-01-01\nsources = ["ahima-recertification", "dummies-ceus"]\nassumptions = [\n    "This whole edition is an assumption: no source found gives AHIMA\'s rule before the 2019-2020 copy of its page. It repeats the 2019 rule so that an earlier day gets an answer; a third-party pre-ICD-10 page (Dummies) gives 20 for CCA, CCS and CCS-P, nothing for the others. Its start, 2008-01-01, is arbitrary.",\n]\n\n[[requirements]]\nbody = "AHIMA"\nedition = "ahima-2019"\nkind = "highest-plus"\ntitle = "AHIMA: the highest single-credential requirement, plus 10 per additional credential, at most 50"\nincrement = "10"\ncap = "50"\neffective_from = 2019-01-01\nsources = ["ahima-recertification"]\nassumptions = [\n    "In force from 2019-01-01 is an observation, not an announced date: a 2019-2020 copy of AHIMA\'s page shows the tables.",\n    "\'These CEUs may not be duplicated or used for more than one credential\': one CEU counts once toward the holder\'s total, which is what a single total per holder does.",\n]\n\n# --- Cycle rules: how each body places its cycles ---------------------------\n\n[[cycle_rules]]\nbody = "AAPC"\nname = "aapc-renewal-date"\nyears = 2\nanchor = "membership-renewal"\nparity = "month"\nfirst_cycle = "prorated"\nrenewal_month_either = true\nrequires_index_number = true\naccepts_certificate = true\neffective_from = 2008-01-01\nsources = ["aapc-maintain", "aapc-ceu-policies", "aapc-prorate-corporate", "aapc-ceus-2008", "aapc-help-submit-ceus"]\nassumptions = [\n    "An approved event without an index number counts with its certificate of completion (accepts_certificate), as AAPC\'s help centre says today; the page is undated, and applying it to every cycle since 2008 is an assumption (AAPC\'s CEU policies say a certificate shows the index number, which the library no longer demands).",\n    "Pro-rating: AAPC says a new member\'s first requirement is pro-rated to the renewal month but publishes no rate for it; the library applies the rate AAPC publishes for corporate members, 1.5 CEUs per month for one credential, scaled for several credentials as the tier\'s units / 24 per month, for each month (a started month counts whole) from the day the credential was earned to the first due date after it, rounded to cents. A credential earned on a due date owes nothing that day: its first cycle is the next, full one. Set first_cycle = \\"full\\" in your own rule book to ask the full tier instead.",\n    "When a holder\'s membership renewal date is not known, it is taken to be the anniversary of the earliest AAPC credential, and the report says so.",\n    "Credentials count toward a cycle\'s tier from the first cycle that begins after they were earned; one earned during a cycle joins at the next cycle.",\n    "A course counts once per cycle: of several records of the same course (same index number, or the same title and sponsor when there is none) in one cycle, the one worth most CEUs counts and the others are rejected.",\n    "A fixed category minimum (such as CPMA\'s auditing CEUs) shrinks with a pro-rated first cycle by the same share as the total.",\n]\n\n[[cycle_rules]]\nbody = "AHIMA"\nname = "ahima-exam-anniversary"\nyears = 2\nanchor = "exam-date"\nfirst_cycle = "full"\neffective_from = 2008-01-01\nsources = ["ahima-recertification"]\nassumptions = [\n    "Later cycles keep the exam anniversary (AHIMA says cycles with several credentials or early-tester exams may differ and must be checked in its CEU Center).",\n    "A holder with several AHIMA credentials has one cycle, anchored on the earliest exam date; credentials earned later join from the next cycle.",\n    "The start date 2008-01-01 matches the earliest AAPC rule and is arbitrary; the rule is confirmed only for current cycles.",\n]\n\n# --- Lapse rules: what follows an unmet cycle -------------------------------\n\n[[lapse_rules]]\nbody = "AAPC"\nname = "aapc-revoked-after-90-days"\nphases = [\n    { name = "grace", days = 30, active = true },\n    { name = "late-fee", days = 60, active = true },\n]\njudged_by = "cycle-end"\neffective_from = 2008-01-01\nsources = ["aapc-membership-faq", "aapc-help-revoked"]\nassumptions = [\n    "The credential is taken to stay active through both phases (CEUs may still be submitted): the help centre calls the 90 days the \'grace and late fee period\', and the membership FAQ revokes credentials only when CEUs are not submitted within 90 days of the renewal date.",\n    "The help centre describes the 30 days and the $50 late fee for membership renewal; that the same phases apply to CEUs is this library\'s reading. The start date 2008-01-01 is assumed.",\n]\n\n[[lapse_rules]]\nbody = "AHIMA"\nname = "ahima-3-month-grace"\ngrace_months = 3\njudged_by = "cycle-end"\neffective_from = 2008-01-01\nsuperseded_on = 2021-01-01\nsources = ["ahima-recertification-mirror", "ahima-updates-2021"]\nassumptions = [\n    "The 3-month grace period comes from a third-party copy of AHIMA\'s older page; that the credential was revoked when it ended, and the start date 2008-01-01, are assumed.",\n]\n\n[[lapse_rules]]\nbody = "AHIMA"\nname = "ahima-inactive-then-revoked"\ninactive_days = 180\njudged_by = "cycle-end"\neffective_from = 2021-01-01\nsources = ["ahima-updates-2021"]\nassumptions = [\n    "Judged by the day the cycle ends: a cycle that ends unmet on or after 2021-01-01 makes the credential inactive at once, with no grace status.",\n]\n\n# --- Notices: what each body sends, and when, about a cycle\'s CEUs ---------\n# Days from the due date: negative before it, positive after it. Used by\n# `coding-certs notices` to say who is owed which notice on a day.\n\n[[notices]]\nbody = "AAPC"\nname = "aapc-notice-90-days-before"\ntitle = "90-day CEU notice"\ndays = -90\neffective_from = 2008-01-01\nsources = ["aapc-membership-faq"]\nassumptions = ["The notice schedule is read from the membership FAQ as found; when AAPC began it, and the start date 2008-01-01, are assumed."]\n\n[[notices]]\nbody = "AAPC"\nname = "aapc-notice-45-days-before"\ntitle = "45-day CEU notice"\ndays = -45\neffective_from = 2008-01-01\nsources = ["aapc-membership-faq"]\nassumptions = ["The notice schedule is read from the membership FAQ as found; when AAPC began it, and the start date 2008-01-01, are assumed."]\n\n[[notices]]\nbody = "AAPC"\nname = "aapc-notice-15-days-before"\ntitle = "15-day CEU notice"\ndays = -15\neffective_from = 2008-01-01\nsources = ["aapc-membership-faq"]\nassumptions = ["The notice schedule is read from the membership FAQ as found; when AAPC began it, and the start date 2008-01-01, are assumed."]\n\n[[notices]]\nbody = "AAPC"\nname = "aapc-notice-1-day-past-due"\ntitle = "1-day past-due notice"\ndays = 1\neffective_from = 2008-01-01\nsources = ["aapc-membership-faq"]\nassumptions = ["The notice schedule is read from the membership FAQ as found; when AAPC began it, and the start date 2008-01-01, are assumed."]\n\n[[notices]]\nbody = "AAPC"\nname = "aapc-notice-30-days-past-due"\ntitle = "30-day past-due notice"\ndays = 30\neffective_from = 2008-01-01\nsources = ["aapc-membership-faq"]\nassumptions = ["The notice schedule is read from the membership FAQ as found; when AAPC began it, and the start date 2008-01-01, are assumed."]\n\n[[notices]]\nbody = "AAPC"\nname = "aapc-final-notice-75-days-past-due"\ntitle = "final notice (15 days before cancellation)"\ndays = 75\neffective_from = 2008-01-01\nsources = ["aapc-membership-faq"]\nassumptions = ["The notice schedule is read from the membership FAQ as found; when AAPC began it, and the start date 2008-01-01, are assumed."]\n\n# AHIMA publishes no notice schedule: these are the equivalent points, an\n# assumption from top to bottom (AAPC\'s three reminders before the due date;\n# the day after it, when an AHIMA credential is inactive since 2021; 30 days\n# after; and a final notice 15 days before revocation at 180 days inactive).\n\n[[notices]]\nbody = "AHIMA"\nname = "ahima-reminder-90-days-before"\ntitle = "90-day CEU reminder"\ndays = -90\neffective_from = 2021-01-01\nsources = ["ahima-updates-2021"]\nassumptions = ["AHIMA publishes no notice schedule; AAPC\'s 90-day point is used as its equivalent."]\n\n[[notices]]\nbody = "AHIMA"\nname = "ahima-reminder-45-days-before"\ntitle = "45-day CEU reminder"\ndays = -45\neffective_from = 2021-01-01\nsources = ["ahima-updates-2021"]\nassumptions = ["AHIMA publishes no notice schedule; AAPC\'s 45-day point is used as its equivalent."]\n\n[[notices]]\nbody = "AHIMA"\nname = "ahima-reminder-15-days-before"\ntitle = "15-day CEU reminder"\ndays = -15\neffective_from = 2021-01-01\nsources = ["ahima-updates-2021"]\nassumptions = ["AHIMA publishes no notice schedule; AAPC\'s 15-day point is used as its equivalent."]\n\n[[notices]]\nbody = "AHIMA"\nname = "ahima-notice-inactive"\ntitle = "inactive notice (1 day past due)"\ndays = 1\neffective_from = 2021-01-01\nsources = ["ahima-updates-2021"]\nassumptions = ["AHIMA publishes no notice schedule; the day after an unmet due date, when the credential is inactive, is used as the equivalent of AAPC\'s 1-day past-due notice."]\n\n[[notices]]\nbody = "AHIMA"\nname = "ahima-notice-30-days-inactive"\ntitle = "30-day inactive notice"\ndays = 30\neffective_from = 2021-01-01\nsources = ["ahima-updates-2021"]\nassumptions = ["AHIMA publishes no notice schedule; AAPC\'s 30-day past-due point is used as its equivalent."]\n\n[[notices]]\nbody = "AHIMA"\nname = "ahima-final-notice-165-days-inactive"\ntitle = "final notice (15 days before revocation)"\ndays = 165\neffective_from = 2021-01-01\nsources = ["ahima-updates-2021"]\nassumptions = ["AHIMA publishes no notice schedule; a final notice 15 days before revocation at 180 days inactive is used as the equivalent of AAPC\'s final notice 15 days before cancellation."]\n\n# --- Category minimums inside a cycle\'s total ------------------------------\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cpma-auditing-24"\ncredential = "CPMA"\ncategory = "auditing"\nunits = "24"\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cpco-compliance-24"\ncredential = "CPCO"\ncategory = "compliance"\nunits = "24"\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cppm-practice-management-24"\ncredential = "CPPM"\ncategory = "practice-management"\nunits = "24"\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "This is the older page\'s 24 for a CPPM held with other AAPC credentials; a CPPM held alone is asked 36 instead (minimum \'aapc-cppm-alone-36-older\').",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cppm-alone-36-older"\ncredential = "CPPM"\ncategory = "practice-management"\nunits = "36"\nwhen_held_alone = true\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "\'One Certification: ... If CPPM, 36 must be related to practice management\' (older page): asked when CPPM is the holder\'s only AAPC credential, in place of the 24 asked of a CPPM held with others.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-circc-24"\ncredential = "CIRCC"\ncategory = "interventional-radiology-cardiovascular"\nunits = "24"\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC asks that CIRCC\'s CEUs come from three named companies; the library counts activities tagged \'interventional-radiology-cardiovascular\' and leaves the vendor to whoever tags them.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cgsc-specialty-16"\ncredential = "CGSC"\ncategory = "cgsc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "Each specialty credential has its own row: its CEUs are activities tagged with the credential\'s code in lower case (\'cgsc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cpma-auditing-16"\ncredential = "CPMA"\ncategory = "auditing"\nunits = "16"\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cpco-compliance-16"\ncredential = "CPCO"\ncategory = "compliance"\nunits = "16"\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cdeo-documentation-16"\ncredential = "CDEO"\ncategory = "documentation"\nunits = "16"\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "CDEO is on the current page but not on the 2015 copy; its minimum is dated with the others.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cppm-practice-management-16"\ncredential = "CPPM"\ncategory = "practice-management"\nunits = "16"\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "The current page asks 16 of every CPPM, held alone or not; the copy of 2015-08-31 still asks 36 of a CPPM held alone (minimum \'aapc-cppm-alone-36-2015\'), which takes this one\'s place for such a holder while it is in force.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cppm-alone-36-2015"\ncredential = "CPPM"\ncategory = "practice-management"\nunits = "36"\nwhen_held_alone = true\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsuperseded_on = 2015-09-01\nsources = ["aapc-help-2015-copy"]\nassumptions = [\n    "\'One Certification: ... If CPPM, 36 must be related to practice management\' is on the copy of AAPC\'s help page of 2015-08-31, under the current tier table; the current page asks 16 of every CPPM.",\n    "UNCONFIRMED: when the current page\'s 16 replaced this 36 is not known: no page found asks 36 of a CPPM held alone after 2015-08-31, and the current page is undated. The library keeps the 36 in force only while the evidence shows it, for cycles that begin on 2015-08-31 (superseded on 2015-09-01), and asks 16 of a CPPM held alone in cycles that begin later. A CPPM held alone whose cycle began between 2015-09-01 and the current page\'s (unknown) start may have owed 36.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-circc-16"\ncredential = "CIRCC"\ncategory = "interventional-radiology-cardiovascular"\nunits = "16"\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC asks that CIRCC\'s CEUs come from three named companies; the library counts activities tagged \'interventional-radiology-cardiovascular\' and leaves the vendor to whoever tags them.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cgsc-specialty-8"\ncredential = "CGSC"\ncategory = "cgsc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "Each specialty credential has its own row: its CEUs are activities tagged with the credential\'s code in lower case (\'cgsc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AHIMA"\nname = "ahima-80-percent-hiim"\ncategory = "hiim"\nshare = "0.80"\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsources = ["ahima-recertification", "ahima-recertification-mirror"]\nassumptions = [\n    "The rule is on AHIMA\'s current page and on a copy of its older page, with no start date; 2008-01-01 is assumed, like the other AHIMA rules.",\n    "Applied to the holder\'s whole AHIMA requirement (AHIMA words it per credential; with one cycle per holder the two are the same share).",\n]\n\n[[minimums]]\nbody = "AHIMA"\nname = "ahima-40-percent-ahima-resources"\ncategory = "ahima-resource"\nshare = "0.40"\njudged_by = "cycle-start"\neffective_from = 2025-01-01\nsources = ["ahima-recertification"]\nassumptions = [\n    "Judged by the day a cycle begins, as AHIMA scopes its 2024 changes (\'anyone beginning a two-year recertification cycle in 2024\'): cycles that began before 2025-01-01 are not asked for it.",\n]\n\n# --- Sources ----------------------------------------------------------------\n\n[sources.seed]\ntitle = "Seed document: \'How Many CPC CEUs Do I Need Every Year To Stay Certified?\' and \'The Difference Between A CPC And A CCS Credential\' (undated blog post, no known address)"\nsupports = "Names AAPC and AHIMA; CPC (AAPC) as outpatient coding in physician offices; CCS (AHIMA) as inpatient; CPC-H as AAPC\'s hospital credential; repeats AAPC\'s older table of 36, 48, 60, 72 and 80 CEUs every two years for 1 to 5 or more credentials (\'semi-annually\' in the seed means every two years); CEUs from AAPC-approved events, instruction at a post-secondary school with pre-approval, and post-secondary coursework."\n\n[sources.aapc-help-2012]\ntitle = "AAPC: Medical coding education help (older page)"\nurl = "http://www.aapc.com/medical-coding-education/help/"\nsupports = "The older page, which mentions \'Effective October 1, 2012\', lists \'Two Certifications: 48 CEUs every two years\', 60, 72 and \'Five or More Certifications: 80 CEUs every two years\'; \'If CIRCC, 24 must be related to interventional radiology or cardiovascular coding\'; \'If CPMA, 24 must be related to auditing\'; \'If CPCO, 24 must be related to compliance\'; \'If CPPM, 24 must be related to practice management\' (36 for a CPPM alone); \'16 must be specialty specific for each specialty earned\'."\n\n[sources.aapc-help-2015-copy]\ntitle = "AAPC: Medical coding education help (a copy of 2015-08-31)"\nurl = "https://www.aapc.com/medical-coding-education/help/"\nsupports = "A copy of the help page stamped 20150831: \'One Certification: 36 CEUs every two years ... If CPPM, 36 must be related to practice management\'; \'Two Certifications: 40 CEUs every two years\', 44, 48, 52; \'If CPPM, 16 must be related to practice management\' under the specific requirements of several certifications."\n\n[sources.aapc-help-current]\ntitle = "AAPC: Medical coding education help"\nurl = "https://www.aapc.com/medical-coding-education/help/"\nsupports = "The current page lists \'Two Certifications: 40 CEUs every two years\', 44, 48 and \'Five or More Certifications: 52 CEUs every two years\'; \'If CIRCC, 16 must be related to interventional radiology or cardiovascular coding\'; \'If CPMA, 16 must be related to auditing\'; \'If CPCO, 16 must be related to compliance\'; \'If CDEO, 16 must be related to documentation\'; \'If CPPM, 16 must be related to practice management\'; \'8 must be specialty specific for each specialty earned\'; \'Once CIRCC, CPMA, CPCO, CPPM and specialty CEUs have been met, the remaining credits due can be obtained from any pre-approved program.\' A copy marked 2015-08-31 already shows these numbers."\n\n[sources.aapc-ceus-2008]\ntitle = "AAPC blog: CEUs 2008 and beyond"\nurl = "https://www.aapc.com/blog/23581-ceus-2008-and-beyond/"\nsupports = "\'36 CEUs (assuming one credential) in each two year period\': the biennial cycle dates from 2008."\n\n[sources.aapc-maintain]\ntitle = "AAPC: Maintain your certification"\nurl = "https://www.aapc.com/certifications/maintain-your-certification"\nsupports = "CEUs are reported every two years on or before the membership due date; odd renewal months report in odd years, even months in even years. \'If you are newly certified, CEUs will be pro-rated to match your existing renewal month for your first submission. CEUs earned prior to certification will not be accepted.\'"\n\n[sources.aapc-ceu-policies]\ntitle = "AAPC: CEU policies"\nurl = "https://www.aapc.com/about-us/ceu-policies"\nsupports = "CEUs count by completion date; excess CEUs do not carry over; a CEU earned within the renewal month may count toward either the current or the next period; a course counts once; CEUs come from the AAPC Approved CEU Vendor List and a certificate shows the index number, sponsor, title, CEUs and date; \'AAPC will charge a $50 fee for CEU extensions.\'"\n\n[sources.aapc-prorate-corporate]\ntitle = "AAPC support: How will my CEUs be prorated? (corporate membership)"\nurl = "https://www.aapc.com/support/corporate-membership/how-will-my-ceus-be-prorated"\nsupports = "\'CEUs are calculated at 1.5 per month (more for multiple credentials). They will be prorated to match the corporate membership renewal date.\' AAPC\'s only published pro-rating rate."\n\n[sources.aapc-help-submit-ceus]\ntitle = "AAPC help centre: How do I manage and submit my CEUs effectively?"\nurl = "https://intercom.help/aapc-cf9f479c5207/en/articles/15556015-how-do-i-manage-and-submit-my-ceus-effectively"\nsupports = "\'indicate whether you have an index/catalog number ... If \'No,\' fill in the required fields marked with a red asterisk (*) and upload your certificate of completion\': an index number is not required; an activity without one is submitted with its certificate of completion."\n\n[sources.aapc-help-allocate-ceus]\ntitle = "AAPC help centre: How can I manage and allocate CEUs within the AAPC system?"\nurl = "https://intercom.help/aapc-cf9f479c5207/en/articles/15555301-how-can-i-manage-and-allocate-ceus-within-the-aapc-system"\nsupports = "\'CMS CEUs: These are only approved for core credentials and cannot be applied to specialty certifications\': an activity tagged \'cms\' counts toward AAPC\'s total and a core credential\'s minimum, never toward a specialty minimum."\n\n[sources.aapc-help-revoked]\ntitle = "AAPC help centre: When will my credential(s) be revoked?"\nurl = "https://intercom.help/aapc-cf9f479c5207/en/articles/8156687-when-will-my-credential-s-be-revoked"\nsupports = "\'AAPC provides a 30-day grace period ... A $50 late fee applies. An additional 60 days are granted ... deactivated after the 90-day grace and late fee period.\'"\n\n[sources.aapc-membership-faq]\ntitle = "AAPC: Membership FAQ"\nurl = "https://www.aapc.com/membership/faq.aspx"\nsupports = "\'If membership payment/arrangements are not made or CEUs are not submitted within 90 days of your renewal date, your credential will be revoked.\' Its notices: a 90-day CEU notice, 45-day and 15-day notices, 1-day and 30-day past-due notices; \'Your Final Notice is sent via letter 75 days after your due date. You have 15 days to submit your payment and/or CEUs before a cancellation is processed.\'"\n\n[sources.ahima-updates-2021]\ntitle = "AHIMA: Certification updates and announcements"\nurl = "https://ahima.org/certification-careers/certifications-overview-old/updates-announcements/"\nsupports = "\'Removing grace as a certification status. A credential is either active, inactive or revoked.\' \'When does this go into effect?: January 1, 2021.\' \'At the end of your 24-month certification cycle, if you have not met the recertification requirements your certification status will change to inactive.\' \'your credential will remain in the inactive status for 180 days before changing to a revoked.\'"\n\n[sources.ahima-recertification-mirror]\ntitle = "AHIMA Recertification, older page (copy on a third-party mirror)"\nurl = "http://www.saswell-cn.com/certification/Recertification"\nsupports = "\'To be recertified, individuals must earn a specified number of Continuing Education Units (CEUs) during a 2-year certification cycle. (A 3-month grace period is added to the 2-year cycle.)\' \'Eighty (80) percent of all CEUs must be earned within the HIIM domain.\'"\n\n[sources.aapc-apprentice]\ntitle = "AAPC: Complete your CPC apprenticeship"\nurl = "https://www.aapc.com/certifications/cpc/complete-your-cpc-apprenticeship"\nsupports = "When you pass the CPC or COC exam, you receive your CPC-A or COC-A credential, which signifies apprenticeship standing. You remain an apprentice until you fulfill a 2-year experience requirement, at which time you will submit proof of meeting the requirement, and your A will be removed."\n\n[sources.aapc-apprentice-older]\ntitle = "AAPC: Apprentice status (older page)"\nurl = "https://www.aapc.com/certification/apprentice_status.aspx"\nsupports = "Those who pass the CPC, COC exams receive CPC-A, COC-A. Proof of 80 contact hours of a medical coding preparation course may be combined with completion of CPC-A Practicode; this fulfills the two years experience required to graduate to CPC. Practicode deducts one year."\n\n[sources.aapc-cpc]\ntitle = "AAPC: CPC certification"\nurl = "https://www.aapc.com/certification/cpc"\nsupports = "The CPC covers coding in physician office settings; the exam has 100 questions, 4 hours, 70% to pass."\n\n[sources.aapc-coc]\ntitle = "AAPC: COC certification"\nurl = "https://www.aapc.com/certifications/coc"\nsupports = "The COC covers outpatient hospital coding: APCs, emergency departments, ambulatory surgery centers; \'100 multiple-choice questions\', \'four hours to complete the exam\'."\n\n[sources.aapc-faq-coc]\ntitle = "AAPC: Certification exam FAQ"\nurl = "https://www.aapc.com/certification/faq.aspx"\nsupports = "\'COC (formerly CPC-H)\': the CPC-H was renamed Certified Outpatient Coder. The same page still lists ICD-9-CM books, so it predates October 2015."\n\n[sources.ahima-recertification]\ntitle = "AHIMA: Recertification"\nurl = "https://www.ahima.org/certification/Recertification"\nsupports = "\'The initial recertification cycle for newly credentialed individuals ... is two years beginning on the day the exam was passed.\' \'If you have more than one AHIMA credential, you must earn ten (10) additional CEUs per credential during your two-year recertification cycle up to a maximum of (50) CEUs.\' CCA, CCS, CCS-P: 20; \'CCS and CCS-P | 30\'. \'Eighty (80) percent of all CEUs must be earned within the HIIM domain.\' \'Beginning January 1, 2025, forty-percent of the CEUs needed in a 2-year recertification period must come from AHIMA resources ... and/or the Component Associations.\' A 2019-2020 copy of the page carries the table."\n\n[sources.domain-other-credentials]\ntitle = "AAPC and AHIMA credential catalogues, as summarised in the project\'s domain notes (no single page retrieved)"\nsupports = "AAPC issues CIC (inpatient facility: ICD-10-PCS, MS-DRGs) and CPC-P (payer perspective); AHIMA issues CCS-P (physician-based) and CCA (entry level). The notes were read from the bodies\' certification pages; the exact pages were not kept."\n\n[sources.aapc-cic-older]\ntitle = "AAPC: CIC certification (older page)"\nurl = "https://www.aapc.com/certification/cic/"\nsupports = "The Certified Inpatient Coder exam: \'60 multiple choice questions and 10 inpatient cases fill in the blank (proctored)\', \'5 hours and 40 minutes to finish the exam\' (an older edition of the exam)."\n\n[sources.aapc-specialty-credentials]\ntitle = "AAPC: Resources and guidelines for CEU approval"\nurl = "https://www.aapc.com/ceuvendors/guidelines-for-ceu-approval.aspx"\nsupports = "\'AAPC\'s 22 specialty credentials enable coders to demonstrate superior levels of expertise in their respective specialty disciplines.\'"\n\n[sources.cgsc-third-party]\ntitle = "MedicoExam: AAPC CGSC exam FAQs (third party)"\nurl = "https://www.medicoexam.com/aapc/aapc-cgsc-exam-faqs-preparation-guide"\nsupports = "\'The Certified General Surgery Coder (CGSC) is a specialty medical coding certification from the American Academy of Professional Coders.\' A third-party page, not AAPC\'s own."\n\n[sources.ahima-ccs-older]\ntitle = "AHIMA: CCS certification (older page, ICD-9 era)"\nurl = "http://www.ahima.org/certification/ccs.aspx"\nsupports = "\'CCS | 60 Questions | 6 Inpatient Cases ... 7 Outpatient Cases\'; \'The total testing time for the CCS/CCS-P exam is four hours.\' Passing score set by a \'modified Angoff procedure\'."\n\n# =============================================================================\n# The AAPC catalogue (issue 9), continued: one minimum per specialty credential,\n# 16 CEUs under the older table, 8 under the current one.\n# =============================================================================\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cascc-specialty-16"\ncredential = "CASCC"\ncategory = "cascc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cascc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cascc-specialty-8"\ncredential = "CASCC"\ncategory = "cascc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cascc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cemc-specialty-16"\ncredential = "CEMC"\ncategory = "cemc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cemc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cemc-specialty-8"\ncredential = "CEMC"\ncategory = "cemc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cemc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cpcd-specialty-16"\ncredential = "CPCD"\ncategory = "cpcd"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cpcd\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cpcd-specialty-8"\ncredential = "CPCD"\ncategory = "cpcd"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cpcd\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-chonc-specialty-16"\ncredential = "CHONC"\ncategory = "chonc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'chonc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-chonc-specialty-8"\ncredential = "CHONC"\ncategory = "chonc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'chonc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-ccvtc-specialty-16"\ncredential = "CCVTC"\ncategory = "ccvtc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'ccvtc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-ccvtc-specialty-8"\ncredential = "CCVTC"\ncategory = "ccvtc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'ccvtc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-crhc-specialty-16"\ncredential = "CRHC"\ncategory = "crhc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'crhc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-crhc-specialty-8"\ncredential = "CRHC"\ncategory = "crhc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'crhc\').",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-ccc-specialty-16"\ncredential = "CCC"\ncategory = "ccc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'ccc\').",\n    "CCC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-ccc-specialty-8"\ncredential = "CCC"\ncategory = "ccc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'ccc\').",\n    "CCC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cobgc-specialty-16"\ncredential = "COBGC"\ncategory = "cobgc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cobgc\').",\n    "COBGC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cobgc-specialty-8"\ncredential = "COBGC"\ncategory = "cobgc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cobgc\').",\n    "COBGC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cosc-specialty-16"\ncredential = "COSC"\ncategory = "cosc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cosc\').",\n    "COSC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cosc-specialty-8"\ncredential = "COSC"\ncategory = "cosc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cosc\').",\n    "COSC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cpedc-specialty-16"\ncredential = "CPEDC"\ncategory = "cpedc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cpedc\').",\n    "CPEDC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cpedc-specialty-8"\ncredential = "CPEDC"\ncategory = "cpedc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cpedc\').",\n    "CPEDC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-canpc-specialty-16"\ncredential = "CANPC"\ncategory = "canpc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'canpc\').",\n    "CANPC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-canpc-specialty-8"\ncredential = "CANPC"\ncategory = "canpc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'canpc\').",\n    "CANPC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cedc-specialty-16"\ncredential = "CEDC"\ncategory = "cedc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cedc\').",\n    "CEDC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cedc-specialty-8"\ncredential = "CEDC"\ncategory = "cedc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cedc\').",\n    "CEDC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-centc-specialty-16"\ncredential = "CENTC"\ncategory = "centc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'centc\').",\n    "CENTC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-centc-specialty-8"\ncredential = "CENTC"\ncategory = "centc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'centc\').",\n    "CENTC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cfpc-specialty-16"\ncredential = "CFPC"\ncategory = "cfpc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cfpc\').",\n    "CFPC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cfpc-specialty-8"\ncredential = "CFPC"\ncategory = "cfpc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cfpc\').",\n    "CFPC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cgic-specialty-16"\ncredential = "CGIC"\ncategory = "cgic"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cgic\').",\n    "CGIC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cgic-specialty-8"\ncredential = "CGIC"\ncategory = "cgic"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cgic\').",\n    "CGIC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cimc-specialty-16"\ncredential = "CIMC"\ncategory = "cimc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cimc\').",\n    "CIMC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cimc-specialty-8"\ncredential = "CIMC"\ncategory = "cimc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cimc\').",\n    "CIMC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cprc-specialty-16"\ncredential = "CPRC"\ncategory = "cprc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cprc\').",\n    "CPRC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cprc-specialty-8"\ncredential = "CPRC"\ncategory = "cprc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cprc\').",\n    "CPRC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cuc-specialty-16"\ncredential = "CUC"\ncategory = "cuc"\nunits = "16"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2008-01-01\nsuperseded_on = 2015-08-31\nsources = ["aapc-help-2012", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the older tier table\'s dates (see edition \'aapc-2012\'): in force from 2008-01-01 and superseded on 2015-08-31, neither confirmed.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cuc\').",\n    "CUC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); that page is current, and applying it to this older edition is an assumption.",\n]\n\n[[minimums]]\nbody = "AAPC"\nname = "aapc-cuc-specialty-8"\ncredential = "CUC"\ncategory = "cuc"\nunits = "8"\nexcludes = ["cms"]\njudged_by = "cycle-start"\neffective_from = 2015-08-31\nsources = ["aapc-help-current", "aapc-help-allocate-ceus"]\nassumptions = [\n    "Follows the current tier table\'s start (see edition \'aapc-2015\'), which is the date of the earliest copy found, not an announced date.",\n    "AAPC words the rule for every specialty credential (\'for each specialty earned\'); its CEUs are activities tagged with the credential\'s code in lower case (\'cuc\').",\n    "CUC itself is not confirmed by any page found (see its credential entry); the row applies only to holders of it.",\n    "CMS CEUs do not count toward it (excludes \'cms\': AAPC\'s help centre, \'cannot be applied to specialty certifications\'); the page gives no start date, so it follows this row\'s dates.",\n]\n\n# =============================================================================\n# AHIMA correction (issue 9): the two mandatory annual coding self-reviews of\n# CCA, CCS and CCS-P, 5 CEUs each, inside the 20; discontinued from 2021-01-01.\n# =============================================================================\n\n[[minimums]]\nbody = "AHIMA"\nname = "ahima-cca-coding-self-reviews"\ncredential = "CCA"\ncategory = "coding-self-review"\nunits = "10"\njudged_by = "cycle-end"\neffective_from = 2008-01-01\nsuperseded_on = 2021-01-01\nsources = ["ahima-recertification-2019", "ahima-faq-recertification", "dummies-ceus"]\nassumptions = [\n    "In force from 2008-01-01 is assumed, like AHIMA\'s other rules: the 2019-2020 copy of AHIMA\'s page asks the self-reviews, and an older third-party page (Dummies) already mentions them; when they began is not confirmed.",\n    "Judged by the day a cycle ends: AHIMA discontinued the requirement \'Effective January 1, 2021\', so a cycle that ends on or after that day is not asked for it, whenever it began.",\n    "Counted as 10 CEUs of activities tagged \'coding-self-review\' inside the 20: that they are two reviews of 5 CEUs, one in each year of the cycle, is not checked. A holder of several coding credentials is asked 10 for each, and the same reviews may count for each (AHIMA\'s page does not say).",\n]\n\n[[minimums]]\nbody = "AHIMA"\nname = "ahima-ccs-coding-self-reviews"\ncredential = "CCS"\ncategory = "coding-self-review"\nunits = "10"\njudged_by = "cycle-end"\neffective_from = 2008-01-01\nsuperseded_on = 2021-01-01\nsources = ["ahima-recertification-2019", "ahima-faq-recertification", "dummies-ceus"]\nassumptions = [\n    "In force from 2008-01-01 is assumed, like AHIMA\'s other rules: the 2019-2020 copy of AHIMA\'s page asks the self-reviews, and an older third-party page (Dummies) already mentions them; when they began is not confirmed.",\n    "Judged by the day a cycle ends: AHIMA discontinued the requirement \'Effective January 1, 2021\', so a cycle that ends on or after that day is not asked for it, whenever it began.",\n    "Counted as 10 CEUs of activities tagged \'coding-self-review\' inside the 20: that they are two reviews of 5 CEUs, one in each year of the cycle, is not checked. A holder of several coding credentials is asked 10 for each, and the same reviews may count for each (AHIMA\'s page does not say).",\n]\n\n[[minimums]]\nbody = "AHIMA"\nname = "ahima-ccsp-coding-self-reviews"\ncredential = "CCS-P"\ncategory = "coding-self-review"\nunits = "10"\njudged_by = "cycle-end"\neffective_from = 2008-01-01\nsuperseded_on = 2021-01-01\nsources = ["ahima-recertification-2019", "ahima-faq-recertification", "dummies-ceus"]\nassumptions = [\n    "In force from 2008-01-01 is assumed, like AHIMA\'s other rules: the 2019-2020 copy of AHIMA\'s page asks the self-reviews, and an older third-party page (Dummies) already mentions them; when they began is not confirmed.",\n    "Judged by the day a cycle ends: AHIMA discontinued the requirement \'Effective January 1, 2021\', so a cycle that ends on or after that day is not asked for it, whenever it began.",\n    "Counted as 10 CEUs of activities tagged \'coding-self-review\' inside the 20: that they are two reviews of 5 CEUs, one in each year of the cycle, is not checked. A holder of several coding credentials is asked 10 for each, and the same reviews may count for each (AHIMA\'s page does not say).",\n]\n\n# --- Sources of the AAPC catalogue ---\n\n[sources.aapc-exam-faq]\ntitle = "AAPC: Certification exam FAQ (later copies)"\nurl = "https://www.aapc.com/certification/faq.aspx"\nsupports = "Its list of the credentials a member may put on a business card: CPC, COC, CIC, CPC-P, CPB, CRC, CPMA, CPCO, CPPM, CDEO; the titles \'Certified Professional Compliance Officer\', \'Certified Physician Practice Manager\', \'Certified Documentation Expert-Outpatient\' and \'Certified Professional Medical Auditor\'; the specialty credential CASCC. An ICD-10-era copy: \'For CPC, COC (formerly CPC-H), CPC-P, and CPB ... ICD-10-CM\'."\n\n[sources.dummies-ceus]\ntitle = "Dummies: Continuing education for medical coding and billing professionals (third party)"\nurl = "http://www.dummies.com/careers/medical-careers/medical-billing-coding/continuing-education-for-medical-coding-and-billing-professionals/"\nsupports = "\'The CIRCC (Certified Interventional Radiology Cardiovascular Coder), CPMA (Certified Professional Medical Auditor), and CPCO (Certified Professional Compliance Officer) certifications require that at least 24 of the CEUs in a two-year period be credential-specific.\' A third-party page of the pre-ICD-10 era, not AAPC\'s own."\n\n[sources.medicoexam-cemc]\ntitle = "MedicoExam: AAPC CEMC exam page (third party; its address was not kept)"\nsupports = "Names the CEMC (Certified Evaluation and Management Coder) as an AAPC specialty credential. A third-party page, not AAPC\'s own."\n\n[sources.medicoexam-cpcd]\ntitle = "MedicoExam: AAPC CPCD exam FAQs (third party)"\nurl = "https://www.medicoexam.com/aapc/aapc-cpcd-exam-faqs-preparation-guide"\nsupports = "\'Certified Professional Coder in Dermatology\' (CPCD), an AAPC specialty credential. A third-party page, not AAPC\'s own."\n\n[sources.medcodely-crhc]\ntitle = "Medcodely: Certified Rheumatology Coder (CRHC) study guide (third party)"\nurl = "https://medcodely.com/study-guides/certified-rheumatology-coder-crhc"\nsupports = "CRHC is the \'Certified Rheumatology Coder\', an AAPC specialty credential (rheumatology, not rural health). A third-party page, not AAPC\'s own."\n\n[sources.medcodely-specialties]\ntitle = "Medcodely: study guides for AAPC credentials (third party; the exact addresses were not kept)"\nsupports = "CHONC \'Certified Hematology and Oncology Coder\', CCVTC \'Certified Cardiovascular and Thoracic Surgery Coder\' and CDEI \'Certified Documentation Expert Inpatient\' as AAPC credentials. Third-party pages, not AAPC\'s own."\n\n[sources.domain-specialty-codes]\ntitle = "AAPC specialty credential codes commonly listed, as the project\'s domain notes record them (no page found)"\nsupports = "CCC, COBGC, COSC, CPEDC, CANPC, CEDC, CENTC, CFPC, CGIC, CIMC, CPRC and CUC are commonly listed among AAPC\'s specialty credentials; none was found on a stored page, AAPC\'s or a third party\'s, so each entry that cites this is UNCONFIRMED."\n\n[sources.ahima-recertification-2019]\ntitle = "AHIMA: Recertification (a 2019-2020 copy of the page)"\nurl = "https://www.ahima.org/certification/Recertification"\nsupports = "\'CCA, CCS, CCS-P | 20 CEUs, including two mandatory annual coding self-reviews**\'; \'** Each mandatory annual coding self-review is worth five (5) CEUs toward the total CEU requirement of a coding credential.\'"\n\n[sources.ahima-faq-recertification]\ntitle = "AHIMA: Recertification FAQs (AHIMA\'s test site)"\nurl = "http://cms-test.ahima.org/contact-us-faqs/faqs-recertification/"\nsupports = "\'Effective January 1, 2021, AHIMA and the Commission on Certification (CCHIIM) discontinued the mandatory annual self-review requirement for CCA, CCS, and CCS-P. If you hold a single certification (either CCA, CCS, or CCS-P), you will still need to earn 20 CEUs per recertification cycle.\' \'After March 31, 2021, self-reviews will no longer be available.\' \'a baccalaureate or higher-level HIM credential (RHIA) replaces an associate-based HIM credential (RHIT). Once granted, the baccalaureate-based credential is recognized and CEUs for this credential need only be maintained.\'"\n\n# =============================================================================\n# Other bodies (issue 9): NHA (CBCS), ACDIS (CCDS, CCDS-O), PAHCOM (CMM). Each\n# asks one number per holder, however many of its credentials they hold (a\n# `kind = "flat"` requirement). What their pages do not say is in each entry\'s\n# assumptions; AMBA, BMSC and AIHC wait for the one-year cycles and\n# per-credential sums of the rule model.\n# =============================================================================\n\n[[bodies]]\ncode = "NHA"\nname = "National Healthcareer Association"\nsources = ["nha-ce"]\n\n[[bodies]]\ncode = "ACDIS"\nname = "Association of Clinical Documentation Integrity Specialists"\nsources = ["acdis-recertification", "acdis-coordinator"]\n\n[[bodies]]\ncode = "PAHCOM"\nname = "Professional Association of Health Care Office Management"\nsources = ["pahcom-cmm", "pahcom-hitcm"]\n\n[[credentials]]\ncode = "CBCS"\ntitle = "Certified Billing and Coding Specialist"\nbody = "NHA"\nsetting = "professional"\nfocus = "outpatient"\nsources = ["nha-ce"]\nassumptions = [\n    "NHA\'s continuing-education page names no credential; that CBCS is NHA\'s, and its title, are from the project\'s notes (DOMAIN.md), not a stored NHA page.",\n    "Setting professional and focus outpatient are this library\'s reading of a billing and coding credential of physician practices.",\n]\n\n[[credentials]]\ncode = "CCDS"\ntitle = "Certified Clinical Documentation Specialist"\nbody = "ACDIS"\nsetting = "facility"\nfocus = "inpatient"\nsources = ["acdis-recertification"]\nassumptions = [\n    "The title is this library\'s expansion of the code; ACDIS\'s pages retrieved name the credential \'CCDS\'.",\n    "Setting facility and focus inpatient are this library\'s reading: CDI specialists review inpatient hospital records.",\n]\n\n[[credentials]]\ncode = "CCDS-O"\ntitle = "Certified Clinical Documentation Specialist - Outpatient"\nbody = "ACDIS"\nfocus = "outpatient"\nsources = ["acdis-recertification"]\nassumptions = [\n    "The title is this library\'s expansion of the code; the setting is left unset.",\n    "That CCDS-O follows the CCDS\'s recertification rules is from the project\'s notes (\'covers CCDS/CCDS-O\'); the ACDIS article quoted speaks of the CCDS.",\n]\n\n[[credentials]]\ncode = "CMM"\ntitle = "Certified Medical Manager"\nbody = "PAHCOM"\nsetting = "professional"\nsources = ["pahcom-cmm"]\nassumptions = [\n    "The title is this library\'s expansion of the code. Setting professional is this library\'s reading (managers of physician offices); the focus is left unset.",\n]\n\n[[requirements]]\nkind = "flat"\nbody = "NHA"\nedition = "nha-10-every-two-years"\ntitle = "NHA: 10 CE credits every two years"\neffective_from = 2008-01-01\nunits = "10"\nsources = ["nha-ce"]\nassumptions = [\n    "In force from 2008-01-01 is assumed, like the other bodies\' earliest rules: NHA\'s page is undated. The same start is assumed for NHA\'s cycle and lapse rules.",\n    "10 credits per holder, whatever the number of NHA certifications held: the page says \'10 CE credits are required every two years to keep your NHA certification current\' and names no per-certification sum (not confirmed for several certifications).",\n    "\'2 hours of continuing education = 1 NHA continuing education credit\': the library counts credits as entered; converting hours is left to whoever records them.",\n]\n\n[[requirements]]\nkind = "flat"\nbody = "ACDIS"\nedition = "acdis-30-every-two-years"\ntitle = "ACDIS: 30 CEUs every two years"\neffective_from = 2008-01-01\nunits = "30"\nsources = ["acdis-recertification"]\nassumptions = [\n    "In force from 2008-01-01 is assumed, like the other bodies\' earliest rules: the article is undated (its example is an exam of 2022-10-01). The same start is assumed for ACDIS\'s cycle and lapse rules.",\n    "30 per holder: that a holder of both CCDS and CCDS-O owes 30, not 60, is not confirmed.",\n]\n\n[[requirements]]\nkind = "flat"\nbody = "PAHCOM"\nedition = "pahcom-24-every-two-years"\ntitle = "PAHCOM: 24 CEUs every two years"\neffective_from = 2008-01-01\nunits = "24"\nsources = ["pahcom-cmm"]\nassumptions = [\n    "In force from 2008-01-01 is assumed, like the other bodies\' earliest rules (the HITCM-PP page\'s example speaks of April 2012). The same start is assumed for PAHCOM\'s cycle, lapse and minimum rules.",\n]\n\n[[cycle_rules]]\nbody = "NHA"\nname = "nha-exam-date"\nyears = 2\nanchor = "exam-date"\neffective_from = 2008-01-01\nsources = ["nha-ce"]\nassumptions = [\n    "UNCONFIRMED: NHA\'s anchor is not on any page found; two-year cycles from the day the certification was earned are assumed.",\n]\n\n[[cycle_rules]]\nbody = "ACDIS"\nname = "acdis-exam-anniversary"\nyears = 2\nanchor = "exam-date"\ndue_on_anniversary = true\neffective_from = 2008-01-01\nsources = ["acdis-recertification", "acdis-coordinator"]\nassumptions = [\n    "ACDIS is due ON the anniversary (\'pass the CCDS exam date on October 1, 2022, you must submit 30 CEUs by October 1, 2024\'): due_on_anniversary. CEUs of the exam day count toward the first cycle (2022-10-01 to 2024-10-01), and each later cycle starting the day after the previous due date (2024-10-02 to 2026-10-01) is an assumption: ACDIS publishes only the first due date.",\n    "\'You may submit your recertification no more than 60 days before your due date\': a submission window, not modelled.",\n]\n\n[[cycle_rules]]\nbody = "PAHCOM"\nname = "pahcom-fixed-two-years"\nyears = 2\nanchor = "exam-date"\neffective_from = 2008-01-01\nsources = ["pahcom-cmm", "pahcom-hitcm"]\nassumptions = [\n    "Cycles are fixed (\'submitting CEUs now will not change your cycle and your next recertification will be due April 2014\'); that they run from the day the CMM was earned is assumed.",\n]\n\n[[lapse_rules]]\nbody = "NHA"\nname = "nha-expires-at-due-date"\neffective_from = 2008-01-01\nsources = ["nha-ce"]\nassumptions = [\n    "UNCONFIRMED: what follows an unmet NHA cycle is not on any page found; the certification is taken to lapse the day after the due date, with no grace.",\n]\n\n[[lapse_rules]]\nbody = "ACDIS"\nname = "acdis-expires-at-due-date"\neffective_from = 2008-01-01\nsources = ["acdis-recertification"]\nassumptions = [\n    "UNCONFIRMED: what follows an unmet ACDIS cycle is not on any page found; the credential is taken to lapse the day after the due date, with no grace.",\n]\n\n[[lapse_rules]]\nbody = "PAHCOM"\nname = "pahcom-no-late-recertification"\neffective_from = 2008-01-01\nsources = ["pahcom-hitcm"]\nassumptions = [\n    "\'Late recertifications will not be accepted and your credential will be decertified. Once decertified, you must re-test\' is on PAHCOM\'s HITCM-PP page; that the CMM follows the same rule is assumed.",\n]\n\n[[minimums]]\nbody = "PAHCOM"\nname = "pahcom-12-approved"\ncategory = "pahcom-approved"\nunits = "12"\neffective_from = 2008-01-01\nsources = ["pahcom-cmm"]\nassumptions = [\n    "\'a minimum of 12 hours of PAHCOM Approved CEUs and 12 hours of PAHCOM Recognized CEUs every two years\': counted as activities tagged \'pahcom-approved\' (a class of provider; issue 8\'s provider-class kind would carry it better).",\n]\n\n[[minimums]]\nbody = "PAHCOM"\nname = "pahcom-12-recognized"\ncategory = "pahcom-recognized"\nunits = "12"\neffective_from = 2008-01-01\nsources = ["pahcom-cmm"]\nassumptions = [\n    "Counted as activities tagged \'pahcom-recognized\'; whether an Approved CEU also counts as Recognized is not said.",\n]\n\n[sources.nha-ce]\ntitle = "NHA: Continuing education"\nurl = "https://www.nhanow.com/certification/Before-After-Certification/continuing-education"\nsupports = "\'10 CE credits are required every two years to keep your NHA certification current\'; \'2 hours of continuing education = 1 NHA continuing education credit\'; \'NHA generally accepts CE from other sources\'; \'Pharmacy technician continuing education requirements for certification (CPhT) renewal are different.\'"\n\n[sources.acdis-recertification]\ntitle = "ACDIS update: Don\'t forget to keep track of your CEUs and recertification date"\nurl = "https://acdis.org/articles/acdis-update-don%E2%80%99t-forget-keep-track-your-ceus-and-recertification-date"\nsupports = "\'Individuals who hold the CCDS must apply for recertification every two years. It is due on the anniversary of the date on which they passed the CCDS exam.\' \'if you successfully pass the CCDS exam date on October 1, 2022, you must submit 30 CEUs by October 1, 2024.\' \'Individuals may submit no more than 10 CEUs for a single activity from another accredited agency or organization such as AHIMA or ANCC.\'"\n\n[sources.acdis-coordinator]\ntitle = "ACDIS: Note from the certification coordinator: let\'s talk about CCDS recertification"\nurl = "https://acdis.static.hcprostage.com/articles/note-certification-coordinator-let%E2%80%99s-talk-about-ccds-recertification%E2%80%A6again"\nsupports = "\'You must recertify every two years on the anniversary of the day you took the exam.\' \'You may submit your recertification no more than 60 days before your due date.\' \'ACDIS dues and CCDS certification are separate matters.\'"\n\n[sources.pahcom-cmm]\ntitle = "PAHCOM: CMM recertification"\nurl = "http://www.pahcom.com/cmm/recertification.html"\nsupports = "\'Certified Professionals MUST recertify every two years.\' \'If you maintain continuous PAHCOM membership, you may recertify by submitting 24 Continuing Education Units in lieu of retaking the exam.\' \'Obtain a minimum of 12 hours of PAHCOM Approved CEUs and 12 hours of PAHCOM Recognized CEUs every two years.\' \'Extra CEUs (over and above the required 24) have no impact on recertification.\'"\n\n[sources.pahcom-hitcm]\ntitle = "PAHCOM: HITCM-PP recertification"\nurl = "https://www.pahcom.com/hitcm-pp/recertification.html"\nsupports = "\'Your two year cycle remains the same regardless of how early you submit CEUs. If you are due for recertification in April 2012, submitting CEUs now will not change your cycle and your next recertification will be due April 2014.\' \'Late recertifications will not be accepted and your credential will be decertified. Once decertified, you must re-test.\'"\n'


def document() -> dict[str, Any]:
    """The parsed document, new each call."""
    return {'format': 2,
     'bodies': [{'code': 'AAPC',
                 'name': 'American Academy of Professional Coders',
                 'sources': ['seed', 'aapc-maintain']},
                {'code': 'AHIMA',
                 'name': 'American Health Information Management Association',
                 'sources': ['seed', 'ahima-recertification']},
                {'code': 'NHA', 'name': 'National Healthcareer Association', 'sources': ['nha-ce']},
                {'code': 'ACDIS',
                 'name': 'Association of Clinical Documentation Integrity Specialists',
                 'sources': ['acdis-recertification', 'acdis-coordinator']},
                {'code': 'PAHCOM',
                 'name': 'Professional Association of Health Care Office Management',
                 'sources': ['pahcom-cmm', 'pahcom-hitcm']}],
     'credentials': [{'code': 'CPC',
                      'title': 'Certified Professional Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'exam': '100 multiple-choice questions in 4 hours; 70% to pass.',
                      'apprentice': 'CPC-A',
                      'apprentice_rule': "The A comes off once the holder proves AAPC's 2-year "
                                         "experience requirement; under AAPC's older apprentice page, "
                                         'completing Practicode counts for one year and 80 contact '
                                         'hours of a medical coding preparation course for the other. '
                                         'The library records the status and this rule; it does not '
                                         'compute when the A comes off.',
                      'sources': ['aapc-cpc', 'seed', 'aapc-apprentice', 'aapc-apprentice-older'],
                      'assumptions': ['An apprentice (CPC-A) owes the same CEUs as the full CPC: AAPC '
                                      'calls CPC-A a credential and asks CEUs of every certified '
                                      'member, but no AAPC page found says so of apprentices.'],
                      'notes': ['The seed calls the CPC the standard expectation of professional '
                                'coders, more popular and with a higher pass rate than the CCS; AAPC '
                                'publishes no pass rate, so this is an opinion, never a number the '
                                'library computes with.']},
                     {'code': 'CPC-H',
                      'title': 'Certified Professional Coder - Hospital',
                      'body': 'AAPC',
                      'setting': 'facility',
                      'focus': 'outpatient',
                      'successor': 'COC',
                      'renamed_on_confirmed': False,
                      'sources': ['aapc-faq-coc', 'seed'],
                      'assumptions': ['The date CPC-H became COC is not confirmed by any primary '
                                      "source found; AAPC's exam FAQ that says 'COC (formerly CPC-H)' "
                                      'still lists ICD-9-CM code books, so the rename happened before '
                                      'October 2015.']},
                     {'code': 'COC',
                      'title': 'Certified Outpatient Coder',
                      'body': 'AAPC',
                      'setting': 'facility',
                      'focus': 'outpatient',
                      'aliases': ['Certified Outpatient Coding'],
                      'exam': '100 multiple-choice questions in 4 hours (the passing score is not on '
                              "AAPC's page retrieved).",
                      'apprentice': 'COC-A',
                      'apprentice_rule': "The A comes off once the holder proves AAPC's 2-year "
                                         "experience requirement; under AAPC's older apprentice page, "
                                         'completing Practicode counts for one year and 80 contact '
                                         'hours of a medical coding preparation course for the other. '
                                         'The library records the status and this rule; it does not '
                                         'compute when the A comes off.',
                      'sources': ['aapc-coc',
                                  'aapc-faq-coc',
                                  'aapc-apprentice',
                                  'aapc-apprentice-older'],
                      'assumptions': ['An apprentice (COC-A) owes the same CEUs as the full COC: AAPC '
                                      'calls COC-A a credential and asks CEUs of every certified '
                                      'member, but no AAPC page found says so of apprentices.']},
                     {'code': 'CIC',
                      'title': 'Certified Inpatient Coder',
                      'body': 'AAPC',
                      'setting': 'facility',
                      'focus': 'inpatient',
                      'exam': 'Older edition: 60 multiple-choice questions and 10 inpatient cases, 5 '
                              "hours 40 minutes. The current format is not confirmed by AAPC's own "
                              'page.',
                      'sources': ['domain-other-credentials', 'aapc-cic-older']},
                     {'code': 'CPC-P',
                      'title': 'Certified Professional Coder - Payer',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'sources': ['aapc-exam-faq', 'domain-other-credentials'],
                      'assumptions': ["CPC-P codes professional claims from the payer's side; "
                                      "recording it as professional and outpatient is this library's "
                                      "reading, not AAPC's wording.",
                                      "AAPC's exam FAQ lists the code CPC-P; the title is this "
                                      "library's expansion of it (the payer's side, as the project's "
                                      'notes record it).']},
                     {'code': 'CPMA',
                      'title': 'Certified Professional Medical Auditor',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'sources': ['aapc-exam-faq', 'aapc-help-current', 'aapc-help-2012'],
                      'assumptions': ['CPMA audits medical records, mostly of professional services; '
                                      "recording it as professional and outpatient is this library's "
                                      "reading, not AAPC's wording."]},
                     {'code': 'CPCO',
                      'title': 'Certified Professional Compliance Officer',
                      'body': 'AAPC',
                      'sources': ['aapc-exam-faq', 'aapc-help-current', 'aapc-help-2012'],
                      'assumptions': ['A compliance credential, not tied to one setting or focus; both '
                                      'are left unset.']},
                     {'code': 'CDEO',
                      'title': 'Certified Documentation Expert-Outpatient',
                      'body': 'AAPC',
                      'focus': 'outpatient',
                      'sources': ['aapc-exam-faq', 'aapc-help-current'],
                      'assumptions': ['The focus outpatient follows the title; the setting is left '
                                      'unset.']},
                     {'code': 'CPPM',
                      'title': 'Certified Physician Practice Manager',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'sources': ['aapc-exam-faq', 'aapc-help-current', 'aapc-help-2012'],
                      'assumptions': ['A practice-management credential of physician practices '
                                      '(professional); its focus is left unset.']},
                     {'code': 'CIRCC',
                      'title': 'Certified Interventional Radiology Cardiovascular Coder',
                      'body': 'AAPC',
                      'sources': ['aapc-help-current', 'aapc-help-2012', 'dummies-ceus'],
                      'assumptions': ['Interventional radiology and cardiovascular coding happen in '
                                      'facilities and physician practices alike; setting and focus are '
                                      'left unset.',
                                      'The title is confirmed only by a third-party page (Dummies); '
                                      "AAPC's pages retrieved name the credential by its code."]},
                     {'code': 'CGSC',
                      'title': 'Certified General Surgery Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['cgsc-third-party',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['That CGSC is an AAPC specialty credential comes from a '
                                      "third-party page; AAPC's own CGSC page was not retrieved. "
                                      'Setting and focus (general surgery coded from physician '
                                      "operative reports) are this library's reading."]},
                     {'code': 'CPB',
                      'title': 'Certified Professional Biller',
                      'body': 'AAPC',
                      'sources': ['aapc-exam-faq'],
                      'assumptions': ["AAPC's exam FAQ lists the code CPB among AAPC's credentials; "
                                      "the title is this library's expansion of it.",
                                      'A billing credential, not tied to one setting or focus; both '
                                      'are left unset.']},
                     {'code': 'CRC',
                      'title': 'Certified Risk Adjustment Coder',
                      'body': 'AAPC',
                      'sources': ['aapc-exam-faq'],
                      'assumptions': ["AAPC's exam FAQ lists the code CRC among AAPC's credentials; "
                                      "the title is this library's expansion of it.",
                                      'Risk adjustment coding reads diagnoses from both settings and '
                                      'both kinds of encounter; setting and focus are left unset.']},
                     {'code': 'CDEI',
                      'title': 'Certified Documentation Expert Inpatient',
                      'body': 'AAPC',
                      'focus': 'inpatient',
                      'sources': ['medcodely-specialties'],
                      'assumptions': ['That CDEI is an AAPC credential, and its title, come from a '
                                      "third-party page; AAPC's own CDEI page was not retrieved.",
                                      "No CEU minimum of its own is modelled: AAPC's help page names "
                                      'none for CDEI (it names 16 documentation CEUs for CDEO), and '
                                      "none was found elsewhere. A CDEI owes only AAPC's tier total.",
                                      'The focus inpatient follows the title; the setting is left '
                                      "unset, like CDEO's."]},
                     {'code': 'CASCC',
                      'title': 'Certified Ambulatory Surgery Center Coder',
                      'body': 'AAPC',
                      'setting': 'facility',
                      'focus': 'outpatient',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['aapc-exam-faq', 'aapc-specialty-credentials', 'aapc-help-current'],
                      'assumptions': ["AAPC's exam FAQ names the code CASCC; the title is this "
                                      "library's expansion of it.",
                                      "Setting facility and focus outpatient are this library's "
                                      'reading: an ambulatory surgery center is a facility whose '
                                      'patients go home the same day.']},
                     {'code': 'CEMC',
                      'title': 'Certified Evaluation and Management Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['medicoexam-cemc', 'aapc-specialty-credentials', 'aapc-help-current'],
                      'assumptions': ['That CEMC is an AAPC specialty credential, and its title, come '
                                      "from a third-party page; AAPC's own CEMC page was not "
                                      'retrieved.',
                                      "Setting professional is this library's reading (E/M services "
                                      "are coded from physicians' notes); the focus is left unset, as "
                                      'office and hospital visits are both E/M services.']},
                     {'code': 'CPCD',
                      'title': 'Certified Professional Coder in Dermatology',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['medicoexam-cpcd', 'aapc-specialty-credentials', 'aapc-help-current'],
                      'assumptions': ['That CPCD is an AAPC specialty credential, and its title, come '
                                      "from a third-party page; AAPC's own CPCD page was not "
                                      'retrieved.',
                                      "Setting professional and focus outpatient are this library's "
                                      'reading: dermatology is mostly office-based physician care.']},
                     {'code': 'CHONC',
                      'title': 'Certified Hematology and Oncology Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['medcodely-specialties',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['That CHONC is an AAPC specialty credential, and its title, come '
                                      "from a third-party page; AAPC's own CHONC page was not "
                                      'retrieved.',
                                      "Setting professional is this library's reading (a physician "
                                      'specialty); the focus is left unset.']},
                     {'code': 'CCVTC',
                      'title': 'Certified Cardiovascular and Thoracic Surgery Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['medcodely-specialties',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['That CCVTC is an AAPC specialty credential, and its title, come '
                                      "from a third-party page; AAPC's own CCVTC page was not "
                                      'retrieved.',
                                      "Setting professional is this library's reading (surgeons' "
                                      'services); the focus is left unset, as the surgery may be '
                                      'inpatient or outpatient.']},
                     {'code': 'CRHC',
                      'title': 'Certified Rheumatology Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['medcodely-crhc', 'aapc-specialty-credentials', 'aapc-help-current'],
                      'assumptions': ['That CRHC is an AAPC specialty credential, and its title '
                                      '(rheumatology, not rural health), come from a third-party page; '
                                      "AAPC's own CRHC page was not retrieved.",
                                      "Setting professional and focus outpatient are this library's "
                                      'reading: rheumatology is mostly office-based physician care.']},
                     {'code': 'CCC',
                      'title': 'Certified Cardiology Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CCC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'COBGC',
                      'title': 'Certified Obstetrics Gynecology Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code COBGC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'COSC',
                      'title': 'Certified Orthopaedic Surgery Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code COSC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CPEDC',
                      'title': 'Certified Pediatrics Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CPEDC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CANPC',
                      'title': 'Certified Anesthesia and Pain Management Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CANPC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CEDC',
                      'title': 'Certified Emergency Department Coder',
                      'body': 'AAPC',
                      'focus': 'outpatient',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CEDC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CENTC',
                      'title': 'Certified Otolaryngology Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CENTC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CFPC',
                      'title': 'Certified Family Practice Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CFPC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CGIC',
                      'title': 'Certified Gastroenterology Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CGIC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CIMC',
                      'title': 'Certified Internal Medicine Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CIMC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CPRC',
                      'title': 'Certified Plastics and Reconstructive Surgery Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CPRC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CUC',
                      'title': 'Certified Urology Coder',
                      'body': 'AAPC',
                      'setting': 'professional',
                      'notes': ["One of AAPC's specialty credentials: each asks 8 CEUs specific to its "
                                'specialty (16 under the older table).'],
                      'sources': ['domain-specialty-codes',
                                  'aapc-specialty-credentials',
                                  'aapc-help-current'],
                      'assumptions': ['UNCONFIRMED: neither the code CUC nor its title was found on '
                                      "any stored page, AAPC's or a third party's; it is carried "
                                      "because it is commonly listed among AAPC's 22 specialty "
                                      "credentials, and the title is this library's expansion of the "
                                      'code.',
                                      "Setting and focus are this library's reading of the specialty's "
                                      'name.']},
                     {'code': 'CCS',
                      'ceus': '20',
                      'title': 'Certified Coding Specialist',
                      'body': 'AHIMA',
                      'setting': 'facility',
                      'focus': 'inpatient',
                      'exam': 'Older edition: 60 questions, 6 inpatient and 7 outpatient cases, 4 '
                              'hours. A new exam launched in 2020; its format is confirmed only by '
                              'third-party pages.',
                      'sources': ['seed', 'ahima-recertification', 'ahima-ccs-older'],
                      'notes': ['The seed calls the CCS more difficult to obtain than the CPC; a '
                                'third-party page claims an 84% first-time pass rate. Opinions, never '
                                'used in any computation.']},
                     {'code': 'CCS-P',
                      'ceus': '20',
                      'title': 'Certified Coding Specialist - Physician-based',
                      'body': 'AHIMA',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'sources': ['domain-other-credentials', 'ahima-recertification'],
                      'assumptions': ['CCS-P codes physician-based (professional) services; recording '
                                      "its focus as outpatient is this library's reading, not AHIMA's "
                                      'wording.']},
                     {'code': 'CCA',
                      'ceus': '20',
                      'title': 'Certified Coding Associate',
                      'body': 'AHIMA',
                      'sources': ['domain-other-credentials', 'ahima-recertification'],
                      'assumptions': ["CCA is AHIMA's entry-level coding credential and is not tied to "
                                      'one setting or focus; both are left unset.']},
                     {'code': 'RHIA',
                      'title': 'Registered Health Information Administrator',
                      'body': 'AHIMA',
                      'ceus': '30',
                      'replaces': ['RHIT'],
                      'sources': ['ahima-recertification', 'ahima-faq-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code RHIA with its CEUs; "
                                      "the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.',
                                      "RHIA replaces RHIT ('a baccalaureate or higher-level HIM "
                                      'credential (RHIA) replaces an associate-based HIM credential '
                                      '(RHIT). Once granted, the baccalaureate-based credential is '
                                      'recognized and CEUs for this credential need only be '
                                      "maintained', AHIMA's FAQ): held together, only RHIA counts (30, "
                                      'not 40). That the RHIT then needs no CEUs of its own is this '
                                      "library's reading of 'need only be maintained'."]},
                     {'code': 'RHIT',
                      'title': 'Registered Health Information Technician',
                      'body': 'AHIMA',
                      'ceus': '20',
                      'sources': ['ahima-recertification', 'ahima-faq-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code RHIT with its CEUs; "
                                      "the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.',
                                      "Replaced by RHIA when both are held (see RHIA's replaces)."]},
                     {'code': 'CHPS',
                      'title': 'Certified in Healthcare Privacy and Security',
                      'body': 'AHIMA',
                      'ceus': '30',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CHPS with its CEUs; "
                                      "the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHDA',
                      'title': 'Certified Health Data Analyst',
                      'body': 'AHIMA',
                      'ceus': '30',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CHDA with its CEUs; "
                                      "the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CDIP',
                      'title': 'Certified Documentation Integrity Practitioner',
                      'body': 'AHIMA',
                      'ceus': '30',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CDIP with its CEUs; "
                                      "the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CPHI',
                      'title': 'Certified Professional in Health Informatics',
                      'body': 'AHIMA',
                      'ceus': '30',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CPHI with its CEUs; "
                                      "the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHTS-CP',
                      'title': 'Certified Healthcare Technology Specialist - Clinician/Practitioner '
                               'Consultant',
                      'body': 'AHIMA',
                      'ceus': '20',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CHTS-CP with its "
                                      "CEUs; the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHTS-PW',
                      'title': 'Certified Healthcare Technology Specialist - Practice Workflow and '
                               'Information Management Redesign Specialist',
                      'body': 'AHIMA',
                      'ceus': '20',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CHTS-PW with its "
                                      "CEUs; the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHTS-IM',
                      'title': 'Certified Healthcare Technology Specialist - Implementation Manager',
                      'body': 'AHIMA',
                      'ceus': '20',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CHTS-IM with its "
                                      "CEUs; the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHTS-IS',
                      'title': 'Certified Healthcare Technology Specialist - Implementation Support '
                               'Specialist',
                      'body': 'AHIMA',
                      'ceus': '20',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CHTS-IS with its "
                                      "CEUs; the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHTS-TS',
                      'title': 'Certified Healthcare Technology Specialist - Technical/Software '
                               'Support Staff',
                      'body': 'AHIMA',
                      'ceus': '20',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CHTS-TS with its "
                                      "CEUs; the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHTS-TR',
                      'title': 'Certified Healthcare Technology Specialist - Trainer',
                      'body': 'AHIMA',
                      'ceus': '20',
                      'sources': ['ahima-recertification'],
                      'assumptions': ["AHIMA's recertification page lists the code CHTS-TR with its "
                                      "CEUs; the title is this library's expansion of the code.",
                                      'Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'PCS',
                      'title': 'Physician Coding Specialist',
                      'body': 'AHIMA',
                      'ceus': '20',
                      'notes': ["AHIMA no longer offers this certification exam ('* AHIMA no longer "
                                "offers these certification exams.'); people who hold it still renew "
                                'it.'],
                      'sources': ['ahima-recertification'],
                      'assumptions': ['Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHP',
                      'title': 'Certified in Healthcare Privacy',
                      'body': 'AHIMA',
                      'ceus': '30',
                      'notes': ["AHIMA no longer offers this certification exam ('* AHIMA no longer "
                                "offers these certification exams.'); people who hold it still renew "
                                'it.'],
                      'sources': ['ahima-recertification'],
                      'assumptions': ['Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CHS',
                      'title': 'Certified in Healthcare Security',
                      'body': 'AHIMA',
                      'ceus': '30',
                      'notes': ["AHIMA no longer offers this certification exam ('* AHIMA no longer "
                                "offers these certification exams.'); people who hold it still renew "
                                'it.'],
                      'sources': ['ahima-recertification'],
                      'assumptions': ['Not a coding credential of one setting or focus; both are left '
                                      'unset.']},
                     {'code': 'CBCS',
                      'title': 'Certified Billing and Coding Specialist',
                      'body': 'NHA',
                      'setting': 'professional',
                      'focus': 'outpatient',
                      'sources': ['nha-ce'],
                      'assumptions': ["NHA's continuing-education page names no credential; that CBCS "
                                      "is NHA's, and its title, are from the project's notes "
                                      '(DOMAIN.md), not a stored NHA page.',
                                      "Setting professional and focus outpatient are this library's "
                                      'reading of a billing and coding credential of physician '
                                      'practices.']},
                     {'code': 'CCDS',
                      'title': 'Certified Clinical Documentation Specialist',
                      'body': 'ACDIS',
                      'setting': 'facility',
                      'focus': 'inpatient',
                      'sources': ['acdis-recertification'],
                      'assumptions': ["The title is this library's expansion of the code; ACDIS's "
                                      "pages retrieved name the credential 'CCDS'.",
                                      "Setting facility and focus inpatient are this library's "
                                      'reading: CDI specialists review inpatient hospital records.']},
                     {'code': 'CCDS-O',
                      'title': 'Certified Clinical Documentation Specialist - Outpatient',
                      'body': 'ACDIS',
                      'focus': 'outpatient',
                      'sources': ['acdis-recertification'],
                      'assumptions': ["The title is this library's expansion of the code; the setting "
                                      'is left unset.',
                                      "That CCDS-O follows the CCDS's recertification rules is from "
                                      "the project's notes ('covers CCDS/CCDS-O'); the ACDIS article "
                                      'quoted speaks of the CCDS.']},
                     {'code': 'CMM',
                      'title': 'Certified Medical Manager',
                      'body': 'PAHCOM',
                      'setting': 'professional',
                      'sources': ['pahcom-cmm'],
                      'assumptions': ["The title is this library's expansion of the code. Setting "
                                      "professional is this library's reading (managers of physician "
                                      'offices); the focus is left unset.']}],
     'requirements': [{'kind': 'tiered',
                       'body': 'AAPC',
                       'edition': 'aapc-2012',
                       'title': "AAPC CEU requirements, older edition (the seed's table)",
                       'effective_from': datetime.date(2008, 1, 1),
                       'superseded_on': datetime.date(2015, 8, 31),
                       'tiers': [{'min': 1, 'max': 1, 'units': '36'},
                                 {'min': 2, 'max': 2, 'units': '48'},
                                 {'min': 3, 'max': 3, 'units': '60'},
                                 {'min': 4, 'max': 4, 'units': '72'},
                                 {'min': 5, 'units': '80'}],
                       'sources': ['aapc-help-2012', 'aapc-ceus-2008', 'seed'],
                       'assumptions': ["In force from 2008-01-01: AAPC's two-year cycle of 36 CEUs for "
                                       'one credential dates from 2008; that the multi-credential '
                                       'tiers of this table also applied from 2008 is assumed.',
                                       "Superseded on 2015-08-31: the first day a copy of AAPC's page "
                                       'shows the current edition. The real cutover lies between '
                                       '2012-10-01 (this edition in force) and 2015-08-31 and is not '
                                       'confirmed; the later date is chosen so that no day is judged '
                                       'by the lower table without evidence.']},
                      {'kind': 'tiered',
                       'body': 'AAPC',
                       'edition': 'aapc-2015',
                       'title': 'AAPC CEU requirements, current edition',
                       'effective_from': datetime.date(2015, 8, 31),
                       'tiers': [{'min': 1, 'max': 1, 'units': '36'},
                                 {'min': 2, 'max': 2, 'units': '40'},
                                 {'min': 3, 'max': 3, 'units': '44'},
                                 {'min': 4, 'max': 4, 'units': '48'},
                                 {'min': 5, 'units': '52'}],
                       'sources': ['aapc-help-current', 'aapc-maintain'],
                       'assumptions': ['In force from 2015-08-31, the date of the earliest copy of '
                                       "AAPC's page found with these numbers; the real start may be "
                                       'earlier.']},
                      {'body': 'AHIMA',
                       'edition': 'ahima-assumed-2008',
                       'kind': 'highest-plus',
                       'title': 'AHIMA before 2019 (ASSUMED to match the 2019 rule)',
                       'increment': '10',
                       'cap': '50',
                       'effective_from': datetime.date(2008, 1, 1),
                       'superseded_on': datetime.date(2019, 1, 1),
                       'sources': ['ahima-recertification', 'dummies-ceus'],
                       'assumptions': ['This whole edition is an assumption: no source found gives '
                                       "AHIMA's rule before the 2019-2020 copy of its page. It repeats "
                                       'the 2019 rule so that an earlier day gets an answer; a '
                                       'third-party pre-ICD-10 page (Dummies) gives 20 for CCA, CCS '
                                       'and CCS-P, nothing for the others. Its start, 2008-01-01, is '
                                       'arbitrary.']},
                      {'body': 'AHIMA',
                       'edition': 'ahima-2019',
                       'kind': 'highest-plus',
                       'title': 'AHIMA: the highest single-credential requirement, plus 10 per '
                                'additional credential, at most 50',
                       'increment': '10',
                       'cap': '50',
                       'effective_from': datetime.date(2019, 1, 1),
                       'sources': ['ahima-recertification'],
                       'assumptions': ['In force from 2019-01-01 is an observation, not an announced '
                                       "date: a 2019-2020 copy of AHIMA's page shows the tables.",
                                       "'These CEUs may not be duplicated or used for more than one "
                                       "credential': one CEU counts once toward the holder's total, "
                                       'which is what a single total per holder does.']},
                      {'kind': 'flat',
                       'body': 'NHA',
                       'edition': 'nha-10-every-two-years',
                       'title': 'NHA: 10 CE credits every two years',
                       'effective_from': datetime.date(2008, 1, 1),
                       'units': '10',
                       'sources': ['nha-ce'],
                       'assumptions': ["In force from 2008-01-01 is assumed, like the other bodies' "
                                       "earliest rules: NHA's page is undated. The same start is "
                                       "assumed for NHA's cycle and lapse rules.",
                                       '10 credits per holder, whatever the number of NHA '
                                       "certifications held: the page says '10 CE credits are required "
                                       "every two years to keep your NHA certification current' and "
                                       'names no per-certification sum (not confirmed for several '
                                       'certifications).',
                                       "'2 hours of continuing education = 1 NHA continuing education "
                                       "credit': the library counts credits as entered; converting "
                                       'hours is left to whoever records them.']},
                      {'kind': 'flat',
                       'body': 'ACDIS',
                       'edition': 'acdis-30-every-two-years',
                       'title': 'ACDIS: 30 CEUs every two years',
                       'effective_from': datetime.date(2008, 1, 1),
                       'units': '30',
                       'sources': ['acdis-recertification'],
                       'assumptions': ["In force from 2008-01-01 is assumed, like the other bodies' "
                                       'earliest rules: the article is undated (its example is an exam '
                                       "of 2022-10-01). The same start is assumed for ACDIS's cycle "
                                       'and lapse rules.',
                                       '30 per holder: that a holder of both CCDS and CCDS-O owes 30, '
                                       'not 60, is not confirmed.']},
                      {'kind': 'flat',
                       'body': 'PAHCOM',
                       'edition': 'pahcom-24-every-two-years',
                       'title': 'PAHCOM: 24 CEUs every two years',
                       'effective_from': datetime.date(2008, 1, 1),
                       'units': '24',
                       'sources': ['pahcom-cmm'],
                       'assumptions': ["In force from 2008-01-01 is assumed, like the other bodies' "
                                       "earliest rules (the HITCM-PP page's example speaks of April "
                                       "2012). The same start is assumed for PAHCOM's cycle, lapse and "
                                       'minimum rules.']}],
     'cycle_rules': [{'body': 'AAPC',
                      'name': 'aapc-renewal-date',
                      'years': 2,
                      'anchor': 'membership-renewal',
                      'parity': 'month',
                      'first_cycle': 'prorated',
                      'renewal_month_either': True,
                      'requires_index_number': True,
                      'accepts_certificate': True,
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['aapc-maintain',
                                  'aapc-ceu-policies',
                                  'aapc-prorate-corporate',
                                  'aapc-ceus-2008',
                                  'aapc-help-submit-ceus'],
                      'assumptions': ['An approved event without an index number counts with its '
                                      "certificate of completion (accepts_certificate), as AAPC's help "
                                      'centre says today; the page is undated, and applying it to '
                                      "every cycle since 2008 is an assumption (AAPC's CEU policies "
                                      'say a certificate shows the index number, which the library no '
                                      'longer demands).',
                                      "Pro-rating: AAPC says a new member's first requirement is "
                                      'pro-rated to the renewal month but publishes no rate for it; '
                                      'the library applies the rate AAPC publishes for corporate '
                                      'members, 1.5 CEUs per month for one credential, scaled for '
                                      "several credentials as the tier's units / 24 per month, for "
                                      'each month (a started month counts whole) from the day the '
                                      'credential was earned to the first due date after it, rounded '
                                      'to cents. A credential earned on a due date owes nothing that '
                                      'day: its first cycle is the next, full one. Set first_cycle = '
                                      '"full" in your own rule book to ask the full tier instead.',
                                      "When a holder's membership renewal date is not known, it is "
                                      'taken to be the anniversary of the earliest AAPC credential, '
                                      'and the report says so.',
                                      "Credentials count toward a cycle's tier from the first cycle "
                                      'that begins after they were earned; one earned during a cycle '
                                      'joins at the next cycle.',
                                      'A course counts once per cycle: of several records of the same '
                                      'course (same index number, or the same title and sponsor when '
                                      'there is none) in one cycle, the one worth most CEUs counts and '
                                      'the others are rejected.',
                                      "A fixed category minimum (such as CPMA's auditing CEUs) shrinks "
                                      'with a pro-rated first cycle by the same share as the total.']},
                     {'body': 'AHIMA',
                      'name': 'ahima-exam-anniversary',
                      'years': 2,
                      'anchor': 'exam-date',
                      'first_cycle': 'full',
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['ahima-recertification'],
                      'assumptions': ['Later cycles keep the exam anniversary (AHIMA says cycles with '
                                      'several credentials or early-tester exams may differ and must '
                                      'be checked in its CEU Center).',
                                      'A holder with several AHIMA credentials has one cycle, anchored '
                                      'on the earliest exam date; credentials earned later join from '
                                      'the next cycle.',
                                      'The start date 2008-01-01 matches the earliest AAPC rule and is '
                                      'arbitrary; the rule is confirmed only for current cycles.']},
                     {'body': 'NHA',
                      'name': 'nha-exam-date',
                      'years': 2,
                      'anchor': 'exam-date',
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['nha-ce'],
                      'assumptions': ["UNCONFIRMED: NHA's anchor is not on any page found; two-year "
                                      'cycles from the day the certification was earned are assumed.']},
                     {'body': 'ACDIS',
                      'name': 'acdis-exam-anniversary',
                      'years': 2,
                      'anchor': 'exam-date',
                      'due_on_anniversary': True,
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['acdis-recertification', 'acdis-coordinator'],
                      'assumptions': ["ACDIS is due ON the anniversary ('pass the CCDS exam date on "
                                      "October 1, 2022, you must submit 30 CEUs by October 1, 2024'): "
                                      'due_on_anniversary. CEUs of the exam day count toward the first '
                                      'cycle (2022-10-01 to 2024-10-01), and each later cycle starting '
                                      'the day after the previous due date (2024-10-02 to 2026-10-01) '
                                      'is an assumption: ACDIS publishes only the first due date.',
                                      "'You may submit your recertification no more than 60 days "
                                      "before your due date': a submission window, not modelled."]},
                     {'body': 'PAHCOM',
                      'name': 'pahcom-fixed-two-years',
                      'years': 2,
                      'anchor': 'exam-date',
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['pahcom-cmm', 'pahcom-hitcm'],
                      'assumptions': ["Cycles are fixed ('submitting CEUs now will not change your "
                                      "cycle and your next recertification will be due April 2014'); "
                                      'that they run from the day the CMM was earned is assumed.']}],
     'lapse_rules': [{'body': 'AAPC',
                      'name': 'aapc-revoked-after-90-days',
                      'phases': [{'name': 'grace', 'days': 30, 'active': True},
                                 {'name': 'late-fee', 'days': 60, 'active': True}],
                      'judged_by': 'cycle-end',
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['aapc-membership-faq', 'aapc-help-revoked'],
                      'assumptions': ['The credential is taken to stay active through both phases '
                                      '(CEUs may still be submitted): the help centre calls the 90 '
                                      "days the 'grace and late fee period', and the membership FAQ "
                                      'revokes credentials only when CEUs are not submitted within 90 '
                                      'days of the renewal date.',
                                      'The help centre describes the 30 days and the $50 late fee for '
                                      'membership renewal; that the same phases apply to CEUs is this '
                                      "library's reading. The start date 2008-01-01 is assumed."]},
                     {'body': 'AHIMA',
                      'name': 'ahima-3-month-grace',
                      'grace_months': 3,
                      'judged_by': 'cycle-end',
                      'effective_from': datetime.date(2008, 1, 1),
                      'superseded_on': datetime.date(2021, 1, 1),
                      'sources': ['ahima-recertification-mirror', 'ahima-updates-2021'],
                      'assumptions': ['The 3-month grace period comes from a third-party copy of '
                                      "AHIMA's older page; that the credential was revoked when it "
                                      'ended, and the start date 2008-01-01, are assumed.']},
                     {'body': 'AHIMA',
                      'name': 'ahima-inactive-then-revoked',
                      'inactive_days': 180,
                      'judged_by': 'cycle-end',
                      'effective_from': datetime.date(2021, 1, 1),
                      'sources': ['ahima-updates-2021'],
                      'assumptions': ['Judged by the day the cycle ends: a cycle that ends unmet on or '
                                      'after 2021-01-01 makes the credential inactive at once, with no '
                                      'grace status.']},
                     {'body': 'NHA',
                      'name': 'nha-expires-at-due-date',
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['nha-ce'],
                      'assumptions': ['UNCONFIRMED: what follows an unmet NHA cycle is not on any page '
                                      'found; the certification is taken to lapse the day after the '
                                      'due date, with no grace.']},
                     {'body': 'ACDIS',
                      'name': 'acdis-expires-at-due-date',
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['acdis-recertification'],
                      'assumptions': ['UNCONFIRMED: what follows an unmet ACDIS cycle is not on any '
                                      'page found; the credential is taken to lapse the day after the '
                                      'due date, with no grace.']},
                     {'body': 'PAHCOM',
                      'name': 'pahcom-no-late-recertification',
                      'effective_from': datetime.date(2008, 1, 1),
                      'sources': ['pahcom-hitcm'],
                      'assumptions': ["'Late recertifications will not be accepted and your credential "
                                      "will be decertified. Once decertified, you must re-test' is on "
                                      "PAHCOM's HITCM-PP page; that the CMM follows the same rule is "
                                      'assumed.']}],
     'notices': [{'body': 'AAPC',
                  'name': 'aapc-notice-90-days-before',
                  'title': '90-day CEU notice',
                  'days': -90,
                  'effective_from': datetime.date(2008, 1, 1),
                  'sources': ['aapc-membership-faq'],
                  'assumptions': ['The notice schedule is read from the membership FAQ as found; when '
                                  'AAPC began it, and the start date 2008-01-01, are assumed.']},
                 {'body': 'AAPC',
                  'name': 'aapc-notice-45-days-before',
                  'title': '45-day CEU notice',
                  'days': -45,
                  'effective_from': datetime.date(2008, 1, 1),
                  'sources': ['aapc-membership-faq'],
                  'assumptions': ['The notice schedule is read from the membership FAQ as found; when '
                                  'AAPC began it, and the start date 2008-01-01, are assumed.']},
                 {'body': 'AAPC',
                  'name': 'aapc-notice-15-days-before',
                  'title': '15-day CEU notice',
                  'days': -15,
                  'effective_from': datetime.date(2008, 1, 1),
                  'sources': ['aapc-membership-faq'],
                  'assumptions': ['The notice schedule is read from the membership FAQ as found; when '
                                  'AAPC began it, and the start date 2008-01-01, are assumed.']},
                 {'body': 'AAPC',
                  'name': 'aapc-notice-1-day-past-due',
                  'title': '1-day past-due notice',
                  'days': 1,
                  'effective_from': datetime.date(2008, 1, 1),
                  'sources': ['aapc-membership-faq'],
                  'assumptions': ['The notice schedule is read from the membership FAQ as found; when '
                                  'AAPC began it, and the start date 2008-01-01, are assumed.']},
                 {'body': 'AAPC',
                  'name': 'aapc-notice-30-days-past-due',
                  'title': '30-day past-due notice',
                  'days': 30,
                  'effective_from': datetime.date(2008, 1, 1),
                  'sources': ['aapc-membership-faq'],
                  'assumptions': ['The notice schedule is read from the membership FAQ as found; when '
                                  'AAPC began it, and the start date 2008-01-01, are assumed.']},
                 {'body': 'AAPC',
                  'name': 'aapc-final-notice-75-days-past-due',
                  'title': 'final notice (15 days before cancellation)',
                  'days': 75,
                  'effective_from': datetime.date(2008, 1, 1),
                  'sources': ['aapc-membership-faq'],
                  'assumptions': ['The notice schedule is read from the membership FAQ as found; when '
                                  'AAPC began it, and the start date 2008-01-01, are assumed.']},
                 {'body': 'AHIMA',
                  'name': 'ahima-reminder-90-days-before',
                  'title': '90-day CEU reminder',
                  'days': -90,
                  'effective_from': datetime.date(2021, 1, 1),
                  'sources': ['ahima-updates-2021'],
                  'assumptions': ["AHIMA publishes no notice schedule; AAPC's 90-day point is used as "
                                  'its equivalent.']},
                 {'body': 'AHIMA',
                  'name': 'ahima-reminder-45-days-before',
                  'title': '45-day CEU reminder',
                  'days': -45,
                  'effective_from': datetime.date(2021, 1, 1),
                  'sources': ['ahima-updates-2021'],
                  'assumptions': ["AHIMA publishes no notice schedule; AAPC's 45-day point is used as "
                                  'its equivalent.']},
                 {'body': 'AHIMA',
                  'name': 'ahima-reminder-15-days-before',
                  'title': '15-day CEU reminder',
                  'days': -15,
                  'effective_from': datetime.date(2021, 1, 1),
                  'sources': ['ahima-updates-2021'],
                  'assumptions': ["AHIMA publishes no notice schedule; AAPC's 15-day point is used as "
                                  'its equivalent.']},
                 {'body': 'AHIMA',
                  'name': 'ahima-notice-inactive',
                  'title': 'inactive notice (1 day past due)',
                  'days': 1,
                  'effective_from': datetime.date(2021, 1, 1),
                  'sources': ['ahima-updates-2021'],
                  'assumptions': ['AHIMA publishes no notice schedule; the day after an unmet due '
                                  'date, when the credential is inactive, is used as the equivalent of '
                                  "AAPC's 1-day past-due notice."]},
                 {'body': 'AHIMA',
                  'name': 'ahima-notice-30-days-inactive',
                  'title': '30-day inactive notice',
                  'days': 30,
                  'effective_from': datetime.date(2021, 1, 1),
                  'sources': ['ahima-updates-2021'],
                  'assumptions': ["AHIMA publishes no notice schedule; AAPC's 30-day past-due point is "
                                  'used as its equivalent.']},
                 {'body': 'AHIMA',
                  'name': 'ahima-final-notice-165-days-inactive',
                  'title': 'final notice (15 days before revocation)',
                  'days': 165,
                  'effective_from': datetime.date(2021, 1, 1),
                  'sources': ['ahima-updates-2021'],
                  'assumptions': ['AHIMA publishes no notice schedule; a final notice 15 days before '
                                  "revocation at 180 days inactive is used as the equivalent of AAPC's "
                                  'final notice 15 days before cancellation.']}],
     'minimums': [{'body': 'AAPC',
                   'name': 'aapc-cpma-auditing-24',
                   'credential': 'CPMA',
                   'category': 'auditing',
                   'units': '24',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cpco-compliance-24',
                   'credential': 'CPCO',
                   'category': 'compliance',
                   'units': '24',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cppm-practice-management-24',
                   'credential': 'CPPM',
                   'category': 'practice-management',
                   'units': '24',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "This is the older page's 24 for a CPPM held with other AAPC "
                                   'credentials; a CPPM held alone is asked 36 instead (minimum '
                                   "'aapc-cppm-alone-36-older')."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cppm-alone-36-older',
                   'credential': 'CPPM',
                   'category': 'practice-management',
                   'units': '36',
                   'when_held_alone': True,
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "'One Certification: ... If CPPM, 36 must be related to practice "
                                   "management' (older page): asked when CPPM is the holder's only "
                                   'AAPC credential, in place of the 24 asked of a CPPM held with '
                                   'others.']},
                  {'body': 'AAPC',
                   'name': 'aapc-circc-24',
                   'credential': 'CIRCC',
                   'category': 'interventional-radiology-cardiovascular',
                   'units': '24',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC asks that CIRCC's CEUs come from three named companies; the "
                                   'library counts activities tagged '
                                   "'interventional-radiology-cardiovascular' and leaves the vendor to "
                                   'whoever tags them.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cgsc-specialty-16',
                   'credential': 'CGSC',
                   'category': 'cgsc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   'Each specialty credential has its own row: its CEUs are activities '
                                   "tagged with the credential's code in lower case ('cgsc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cpma-auditing-16',
                   'credential': 'CPMA',
                   'category': 'auditing',
                   'units': '16',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cpco-compliance-16',
                   'credential': 'CPCO',
                   'category': 'compliance',
                   'units': '16',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cdeo-documentation-16',
                   'credential': 'CDEO',
                   'category': 'documentation',
                   'units': '16',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   'CDEO is on the current page but not on the 2015 copy; its minimum '
                                   'is dated with the others.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cppm-practice-management-16',
                   'credential': 'CPPM',
                   'category': 'practice-management',
                   'units': '16',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   'The current page asks 16 of every CPPM, held alone or not; the '
                                   'copy of 2015-08-31 still asks 36 of a CPPM held alone (minimum '
                                   "'aapc-cppm-alone-36-2015'), which takes this one's place for such "
                                   'a holder while it is in force.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cppm-alone-36-2015',
                   'credential': 'CPPM',
                   'category': 'practice-management',
                   'units': '36',
                   'when_held_alone': True,
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'superseded_on': datetime.date(2015, 9, 1),
                   'sources': ['aapc-help-2015-copy'],
                   'assumptions': ["'One Certification: ... If CPPM, 36 must be related to practice "
                                   "management' is on the copy of AAPC's help page of 2015-08-31, "
                                   'under the current tier table; the current page asks 16 of every '
                                   'CPPM.',
                                   "UNCONFIRMED: when the current page's 16 replaced this 36 is not "
                                   'known: no page found asks 36 of a CPPM held alone after '
                                   '2015-08-31, and the current page is undated. The library keeps the '
                                   '36 in force only while the evidence shows it, for cycles that '
                                   'begin on 2015-08-31 (superseded on 2015-09-01), and asks 16 of a '
                                   'CPPM held alone in cycles that begin later. A CPPM held alone '
                                   "whose cycle began between 2015-09-01 and the current page's "
                                   '(unknown) start may have owed 36.']},
                  {'body': 'AAPC',
                   'name': 'aapc-circc-16',
                   'credential': 'CIRCC',
                   'category': 'interventional-radiology-cardiovascular',
                   'units': '16',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC asks that CIRCC's CEUs come from three named companies; the "
                                   'library counts activities tagged '
                                   "'interventional-radiology-cardiovascular' and leaves the vendor to "
                                   'whoever tags them.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cgsc-specialty-8',
                   'credential': 'CGSC',
                   'category': 'cgsc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   'Each specialty credential has its own row: its CEUs are activities '
                                   "tagged with the credential's code in lower case ('cgsc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AHIMA',
                   'name': 'ahima-80-percent-hiim',
                   'category': 'hiim',
                   'share': '0.80',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'sources': ['ahima-recertification', 'ahima-recertification-mirror'],
                   'assumptions': ["The rule is on AHIMA's current page and on a copy of its older "
                                   'page, with no start date; 2008-01-01 is assumed, like the other '
                                   'AHIMA rules.',
                                   "Applied to the holder's whole AHIMA requirement (AHIMA words it "
                                   'per credential; with one cycle per holder the two are the same '
                                   'share).']},
                  {'body': 'AHIMA',
                   'name': 'ahima-40-percent-ahima-resources',
                   'category': 'ahima-resource',
                   'share': '0.40',
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2025, 1, 1),
                   'sources': ['ahima-recertification'],
                   'assumptions': ['Judged by the day a cycle begins, as AHIMA scopes its 2024 changes '
                                   "('anyone beginning a two-year recertification cycle in 2024'): "
                                   'cycles that began before 2025-01-01 are not asked for it.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cascc-specialty-16',
                   'credential': 'CASCC',
                   'category': 'cascc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cascc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cascc-specialty-8',
                   'credential': 'CASCC',
                   'category': 'cascc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cascc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cemc-specialty-16',
                   'credential': 'CEMC',
                   'category': 'cemc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cemc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cemc-specialty-8',
                   'credential': 'CEMC',
                   'category': 'cemc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cemc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cpcd-specialty-16',
                   'credential': 'CPCD',
                   'category': 'cpcd',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cpcd').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cpcd-specialty-8',
                   'credential': 'CPCD',
                   'category': 'cpcd',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cpcd').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-chonc-specialty-16',
                   'credential': 'CHONC',
                   'category': 'chonc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('chonc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-chonc-specialty-8',
                   'credential': 'CHONC',
                   'category': 'chonc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('chonc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-ccvtc-specialty-16',
                   'credential': 'CCVTC',
                   'category': 'ccvtc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('ccvtc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-ccvtc-specialty-8',
                   'credential': 'CCVTC',
                   'category': 'ccvtc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('ccvtc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-crhc-specialty-16',
                   'credential': 'CRHC',
                   'category': 'crhc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('crhc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-crhc-specialty-8',
                   'credential': 'CRHC',
                   'category': 'crhc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('crhc').",
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-ccc-specialty-16',
                   'credential': 'CCC',
                   'category': 'ccc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('ccc').",
                                   'CCC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-ccc-specialty-8',
                   'credential': 'CCC',
                   'category': 'ccc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('ccc').",
                                   'CCC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cobgc-specialty-16',
                   'credential': 'COBGC',
                   'category': 'cobgc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cobgc').",
                                   'COBGC itself is not confirmed by any page found (see its '
                                   'credential entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cobgc-specialty-8',
                   'credential': 'COBGC',
                   'category': 'cobgc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cobgc').",
                                   'COBGC itself is not confirmed by any page found (see its '
                                   'credential entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cosc-specialty-16',
                   'credential': 'COSC',
                   'category': 'cosc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cosc').",
                                   'COSC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cosc-specialty-8',
                   'credential': 'COSC',
                   'category': 'cosc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cosc').",
                                   'COSC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cpedc-specialty-16',
                   'credential': 'CPEDC',
                   'category': 'cpedc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cpedc').",
                                   'CPEDC itself is not confirmed by any page found (see its '
                                   'credential entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cpedc-specialty-8',
                   'credential': 'CPEDC',
                   'category': 'cpedc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cpedc').",
                                   'CPEDC itself is not confirmed by any page found (see its '
                                   'credential entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-canpc-specialty-16',
                   'credential': 'CANPC',
                   'category': 'canpc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('canpc').",
                                   'CANPC itself is not confirmed by any page found (see its '
                                   'credential entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-canpc-specialty-8',
                   'credential': 'CANPC',
                   'category': 'canpc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('canpc').",
                                   'CANPC itself is not confirmed by any page found (see its '
                                   'credential entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cedc-specialty-16',
                   'credential': 'CEDC',
                   'category': 'cedc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cedc').",
                                   'CEDC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cedc-specialty-8',
                   'credential': 'CEDC',
                   'category': 'cedc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cedc').",
                                   'CEDC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-centc-specialty-16',
                   'credential': 'CENTC',
                   'category': 'centc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('centc').",
                                   'CENTC itself is not confirmed by any page found (see its '
                                   'credential entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-centc-specialty-8',
                   'credential': 'CENTC',
                   'category': 'centc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('centc').",
                                   'CENTC itself is not confirmed by any page found (see its '
                                   'credential entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cfpc-specialty-16',
                   'credential': 'CFPC',
                   'category': 'cfpc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cfpc').",
                                   'CFPC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cfpc-specialty-8',
                   'credential': 'CFPC',
                   'category': 'cfpc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cfpc').",
                                   'CFPC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cgic-specialty-16',
                   'credential': 'CGIC',
                   'category': 'cgic',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cgic').",
                                   'CGIC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cgic-specialty-8',
                   'credential': 'CGIC',
                   'category': 'cgic',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cgic').",
                                   'CGIC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cimc-specialty-16',
                   'credential': 'CIMC',
                   'category': 'cimc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cimc').",
                                   'CIMC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cimc-specialty-8',
                   'credential': 'CIMC',
                   'category': 'cimc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cimc').",
                                   'CIMC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cprc-specialty-16',
                   'credential': 'CPRC',
                   'category': 'cprc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cprc').",
                                   'CPRC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cprc-specialty-8',
                   'credential': 'CPRC',
                   'category': 'cprc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cprc').",
                                   'CPRC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AAPC',
                   'name': 'aapc-cuc-specialty-16',
                   'credential': 'CUC',
                   'category': 'cuc',
                   'units': '16',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-2012', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the older tier table's dates (see edition 'aapc-2012'): in "
                                   'force from 2008-01-01 and superseded on 2015-08-31, neither '
                                   'confirmed.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cuc').",
                                   'CUC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); that "
                                   'page is current, and applying it to this older edition is an '
                                   'assumption.']},
                  {'body': 'AAPC',
                   'name': 'aapc-cuc-specialty-8',
                   'credential': 'CUC',
                   'category': 'cuc',
                   'units': '8',
                   'excludes': ['cms'],
                   'judged_by': 'cycle-start',
                   'effective_from': datetime.date(2015, 8, 31),
                   'sources': ['aapc-help-current', 'aapc-help-allocate-ceus'],
                   'assumptions': ["Follows the current tier table's start (see edition 'aapc-2015'), "
                                   'which is the date of the earliest copy found, not an announced '
                                   'date.',
                                   "AAPC words the rule for every specialty credential ('for each "
                                   "specialty earned'); its CEUs are activities tagged with the "
                                   "credential's code in lower case ('cuc').",
                                   'CUC itself is not confirmed by any page found (see its credential '
                                   'entry); the row applies only to holders of it.',
                                   "CMS CEUs do not count toward it (excludes 'cms': AAPC's help "
                                   "centre, 'cannot be applied to specialty certifications'); the page "
                                   "gives no start date, so it follows this row's dates."]},
                  {'body': 'AHIMA',
                   'name': 'ahima-cca-coding-self-reviews',
                   'credential': 'CCA',
                   'category': 'coding-self-review',
                   'units': '10',
                   'judged_by': 'cycle-end',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2021, 1, 1),
                   'sources': ['ahima-recertification-2019',
                               'ahima-faq-recertification',
                               'dummies-ceus'],
                   'assumptions': ["In force from 2008-01-01 is assumed, like AHIMA's other rules: the "
                                   "2019-2020 copy of AHIMA's page asks the self-reviews, and an older "
                                   'third-party page (Dummies) already mentions them; when they began '
                                   'is not confirmed.',
                                   'Judged by the day a cycle ends: AHIMA discontinued the requirement '
                                   "'Effective January 1, 2021', so a cycle that ends on or after that "
                                   'day is not asked for it, whenever it began.',
                                   "Counted as 10 CEUs of activities tagged 'coding-self-review' "
                                   'inside the 20: that they are two reviews of 5 CEUs, one in each '
                                   'year of the cycle, is not checked. A holder of several coding '
                                   'credentials is asked 10 for each, and the same reviews may count '
                                   "for each (AHIMA's page does not say)."]},
                  {'body': 'AHIMA',
                   'name': 'ahima-ccs-coding-self-reviews',
                   'credential': 'CCS',
                   'category': 'coding-self-review',
                   'units': '10',
                   'judged_by': 'cycle-end',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2021, 1, 1),
                   'sources': ['ahima-recertification-2019',
                               'ahima-faq-recertification',
                               'dummies-ceus'],
                   'assumptions': ["In force from 2008-01-01 is assumed, like AHIMA's other rules: the "
                                   "2019-2020 copy of AHIMA's page asks the self-reviews, and an older "
                                   'third-party page (Dummies) already mentions them; when they began '
                                   'is not confirmed.',
                                   'Judged by the day a cycle ends: AHIMA discontinued the requirement '
                                   "'Effective January 1, 2021', so a cycle that ends on or after that "
                                   'day is not asked for it, whenever it began.',
                                   "Counted as 10 CEUs of activities tagged 'coding-self-review' "
                                   'inside the 20: that they are two reviews of 5 CEUs, one in each '
                                   'year of the cycle, is not checked. A holder of several coding '
                                   'credentials is asked 10 for each, and the same reviews may count '
                                   "for each (AHIMA's page does not say)."]},
                  {'body': 'AHIMA',
                   'name': 'ahima-ccsp-coding-self-reviews',
                   'credential': 'CCS-P',
                   'category': 'coding-self-review',
                   'units': '10',
                   'judged_by': 'cycle-end',
                   'effective_from': datetime.date(2008, 1, 1),
                   'superseded_on': datetime.date(2021, 1, 1),
                   'sources': ['ahima-recertification-2019',
                               'ahima-faq-recertification',
                               'dummies-ceus'],
                   'assumptions': ["In force from 2008-01-01 is assumed, like AHIMA's other rules: the "
                                   "2019-2020 copy of AHIMA's page asks the self-reviews, and an older "
                                   'third-party page (Dummies) already mentions them; when they began '
                                   'is not confirmed.',
                                   'Judged by the day a cycle ends: AHIMA discontinued the requirement '
                                   "'Effective January 1, 2021', so a cycle that ends on or after that "
                                   'day is not asked for it, whenever it began.',
                                   "Counted as 10 CEUs of activities tagged 'coding-self-review' "
                                   'inside the 20: that they are two reviews of 5 CEUs, one in each '
                                   'year of the cycle, is not checked. A holder of several coding '
                                   'credentials is asked 10 for each, and the same reviews may count '
                                   "for each (AHIMA's page does not say)."]},
                  {'body': 'PAHCOM',
                   'name': 'pahcom-12-approved',
                   'category': 'pahcom-approved',
                   'units': '12',
                   'effective_from': datetime.date(2008, 1, 1),
                   'sources': ['pahcom-cmm'],
                   'assumptions': ["'a minimum of 12 hours of PAHCOM Approved CEUs and 12 hours of "
                                   "PAHCOM Recognized CEUs every two years': counted as activities "
                                   "tagged 'pahcom-approved' (a class of provider; issue 8's "
                                   'provider-class kind would carry it better).']},
                  {'body': 'PAHCOM',
                   'name': 'pahcom-12-recognized',
                   'category': 'pahcom-recognized',
                   'units': '12',
                   'effective_from': datetime.date(2008, 1, 1),
                   'sources': ['pahcom-cmm'],
                   'assumptions': ["Counted as activities tagged 'pahcom-recognized'; whether an "
                                   'Approved CEU also counts as Recognized is not said.']}],
     'sources': {'seed': {'title': "Seed document: 'How Many CPC CEUs Do I Need Every Year To Stay "
                                   "Certified?' and 'The Difference Between A CPC And A CCS "
                                   "Credential' (undated blog post, no known address)",
                          'supports': 'Names AAPC and AHIMA; CPC (AAPC) as outpatient coding in '
                                      "physician offices; CCS (AHIMA) as inpatient; CPC-H as AAPC's "
                                      "hospital credential; repeats AAPC's older table of 36, 48, 60, "
                                      '72 and 80 CEUs every two years for 1 to 5 or more credentials '
                                      "('semi-annually' in the seed means every two years); CEUs from "
                                      'AAPC-approved events, instruction at a post-secondary school '
                                      'with pre-approval, and post-secondary coursework.'},
                 'aapc-help-2012': {'title': 'AAPC: Medical coding education help (older page)',
                                    'url': 'http://www.aapc.com/medical-coding-education/help/',
                                    'supports': "The older page, which mentions 'Effective October 1, "
                                                "2012', lists 'Two Certifications: 48 CEUs every two "
                                                "years', 60, 72 and 'Five or More Certifications: 80 "
                                                "CEUs every two years'; 'If CIRCC, 24 must be related "
                                                'to interventional radiology or cardiovascular '
                                                "coding'; 'If CPMA, 24 must be related to auditing'; "
                                                "'If CPCO, 24 must be related to compliance'; 'If "
                                                "CPPM, 24 must be related to practice management' (36 "
                                                "for a CPPM alone); '16 must be specialty specific for "
                                                "each specialty earned'."},
                 'aapc-help-2015-copy': {'title': 'AAPC: Medical coding education help (a copy of '
                                                  '2015-08-31)',
                                         'url': 'https://www.aapc.com/medical-coding-education/help/',
                                         'supports': "A copy of the help page stamped 20150831: 'One "
                                                     'Certification: 36 CEUs every two years ... If '
                                                     'CPPM, 36 must be related to practice '
                                                     "management'; 'Two Certifications: 40 CEUs every "
                                                     "two years', 44, 48, 52; 'If CPPM, 16 must be "
                                                     "related to practice management' under the "
                                                     'specific requirements of several '
                                                     'certifications.'},
                 'aapc-help-current': {'title': 'AAPC: Medical coding education help',
                                       'url': 'https://www.aapc.com/medical-coding-education/help/',
                                       'supports': "The current page lists 'Two Certifications: 40 "
                                                   "CEUs every two years', 44, 48 and 'Five or More "
                                                   "Certifications: 52 CEUs every two years'; 'If "
                                                   'CIRCC, 16 must be related to interventional '
                                                   "radiology or cardiovascular coding'; 'If CPMA, 16 "
                                                   "must be related to auditing'; 'If CPCO, 16 must be "
                                                   "related to compliance'; 'If CDEO, 16 must be "
                                                   "related to documentation'; 'If CPPM, 16 must be "
                                                   "related to practice management'; '8 must be "
                                                   "specialty specific for each specialty earned'; "
                                                   "'Once CIRCC, CPMA, CPCO, CPPM and specialty CEUs "
                                                   'have been met, the remaining credits due can be '
                                                   "obtained from any pre-approved program.' A copy "
                                                   'marked 2015-08-31 already shows these numbers.'},
                 'aapc-ceus-2008': {'title': 'AAPC blog: CEUs 2008 and beyond',
                                    'url': 'https://www.aapc.com/blog/23581-ceus-2008-and-beyond/',
                                    'supports': "'36 CEUs (assuming one credential) in each two year "
                                                "period': the biennial cycle dates from 2008."},
                 'aapc-maintain': {'title': 'AAPC: Maintain your certification',
                                   'url': 'https://www.aapc.com/certifications/maintain-your-certification',
                                   'supports': 'CEUs are reported every two years on or before the '
                                               'membership due date; odd renewal months report in odd '
                                               "years, even months in even years. 'If you are newly "
                                               'certified, CEUs will be pro-rated to match your '
                                               'existing renewal month for your first submission. CEUs '
                                               "earned prior to certification will not be accepted.'"},
                 'aapc-ceu-policies': {'title': 'AAPC: CEU policies',
                                       'url': 'https://www.aapc.com/about-us/ceu-policies',
                                       'supports': 'CEUs count by completion date; excess CEUs do not '
                                                   'carry over; a CEU earned within the renewal month '
                                                   'may count toward either the current or the next '
                                                   'period; a course counts once; CEUs come from the '
                                                   'AAPC Approved CEU Vendor List and a certificate '
                                                   'shows the index number, sponsor, title, CEUs and '
                                                   "date; 'AAPC will charge a $50 fee for CEU "
                                                   "extensions.'"},
                 'aapc-prorate-corporate': {'title': 'AAPC support: How will my CEUs be prorated? '
                                                     '(corporate membership)',
                                            'url': 'https://www.aapc.com/support/corporate-membership/how-will-my-ceus-be-prorated',
                                            'supports': "'CEUs are calculated at 1.5 per month (more "
                                                        'for multiple credentials). They will be '
                                                        'prorated to match the corporate membership '
                                                        "renewal date.' AAPC's only published "
                                                        'pro-rating rate.'},
                 'aapc-help-submit-ceus': {'title': 'AAPC help centre: How do I manage and submit my '
                                                    'CEUs effectively?',
                                           'url': 'https://intercom.help/aapc-cf9f479c5207/en/articles/15556015-how-do-i-manage-and-submit-my-ceus-effectively',
                                           'supports': "'indicate whether you have an index/catalog "
                                                       "number ... If 'No,' fill in the required "
                                                       'fields marked with a red asterisk (*) and '
                                                       "upload your certificate of completion': an "
                                                       'index number is not required; an activity '
                                                       'without one is submitted with its certificate '
                                                       'of completion.'},
                 'aapc-help-allocate-ceus': {'title': 'AAPC help centre: How can I manage and allocate '
                                                      'CEUs within the AAPC system?',
                                             'url': 'https://intercom.help/aapc-cf9f479c5207/en/articles/15555301-how-can-i-manage-and-allocate-ceus-within-the-aapc-system',
                                             'supports': "'CMS CEUs: These are only approved for core "
                                                         'credentials and cannot be applied to '
                                                         "specialty certifications': an activity "
                                                         "tagged 'cms' counts toward AAPC's total and "
                                                         "a core credential's minimum, never toward a "
                                                         'specialty minimum.'},
                 'aapc-help-revoked': {'title': 'AAPC help centre: When will my credential(s) be '
                                                'revoked?',
                                       'url': 'https://intercom.help/aapc-cf9f479c5207/en/articles/8156687-when-will-my-credential-s-be-revoked',
                                       'supports': "'AAPC provides a 30-day grace period ... A $50 "
                                                   'late fee applies. An additional 60 days are '
                                                   'granted ... deactivated after the 90-day grace and '
                                                   "late fee period.'"},
                 'aapc-membership-faq': {'title': 'AAPC: Membership FAQ',
                                         'url': 'https://www.aapc.com/membership/faq.aspx',
                                         'supports': "'If membership payment/arrangements are not made "
                                                     'or CEUs are not submitted within 90 days of your '
                                                     "renewal date, your credential will be revoked.' "
                                                     'Its notices: a 90-day CEU notice, 45-day and '
                                                     '15-day notices, 1-day and 30-day past-due '
                                                     "notices; 'Your Final Notice is sent via letter "
                                                     '75 days after your due date. You have 15 days to '
                                                     'submit your payment and/or CEUs before a '
                                                     "cancellation is processed.'"},
                 'ahima-updates-2021': {'title': 'AHIMA: Certification updates and announcements',
                                        'url': 'https://ahima.org/certification-careers/certifications-overview-old/updates-announcements/',
                                        'supports': "'Removing grace as a certification status. A "
                                                    'credential is either active, inactive or '
                                                    "revoked.' 'When does this go into effect?: "
                                                    "January 1, 2021.' 'At the end of your 24-month "
                                                    'certification cycle, if you have not met the '
                                                    'recertification requirements your certification '
                                                    "status will change to inactive.' 'your credential "
                                                    'will remain in the inactive status for 180 days '
                                                    "before changing to a revoked.'"},
                 'ahima-recertification-mirror': {'title': 'AHIMA Recertification, older page (copy on '
                                                           'a third-party mirror)',
                                                  'url': 'http://www.saswell-cn.com/certification/Recertification',
                                                  'supports': "'To be recertified, individuals must "
                                                              'earn a specified number of Continuing '
                                                              'Education Units (CEUs) during a 2-year '
                                                              'certification cycle. (A 3-month grace '
                                                              "period is added to the 2-year cycle.)' "
                                                              "'Eighty (80) percent of all CEUs must "
                                                              "be earned within the HIIM domain.'"},
                 'aapc-apprentice': {'title': 'AAPC: Complete your CPC apprenticeship',
                                     'url': 'https://www.aapc.com/certifications/cpc/complete-your-cpc-apprenticeship',
                                     'supports': 'When you pass the CPC or COC exam, you receive your '
                                                 'CPC-A or COC-A credential, which signifies '
                                                 'apprenticeship standing. You remain an apprentice '
                                                 'until you fulfill a 2-year experience requirement, '
                                                 'at which time you will submit proof of meeting the '
                                                 'requirement, and your A will be removed.'},
                 'aapc-apprentice-older': {'title': 'AAPC: Apprentice status (older page)',
                                           'url': 'https://www.aapc.com/certification/apprentice_status.aspx',
                                           'supports': 'Those who pass the CPC, COC exams receive '
                                                       'CPC-A, COC-A. Proof of 80 contact hours of a '
                                                       'medical coding preparation course may be '
                                                       'combined with completion of CPC-A Practicode; '
                                                       'this fulfills the two years experience '
                                                       'required to graduate to CPC. Practicode '
                                                       'deducts one year.'},
                 'aapc-cpc': {'title': 'AAPC: CPC certification',
                              'url': 'https://www.aapc.com/certification/cpc',
                              'supports': 'The CPC covers coding in physician office settings; the '
                                          'exam has 100 questions, 4 hours, 70% to pass.'},
                 'aapc-coc': {'title': 'AAPC: COC certification',
                              'url': 'https://www.aapc.com/certifications/coc',
                              'supports': 'The COC covers outpatient hospital coding: APCs, emergency '
                                          "departments, ambulatory surgery centers; '100 "
                                          "multiple-choice questions', 'four hours to complete the "
                                          "exam'."},
                 'aapc-faq-coc': {'title': 'AAPC: Certification exam FAQ',
                                  'url': 'https://www.aapc.com/certification/faq.aspx',
                                  'supports': "'COC (formerly CPC-H)': the CPC-H was renamed Certified "
                                              'Outpatient Coder. The same page still lists ICD-9-CM '
                                              'books, so it predates October 2015.'},
                 'ahima-recertification': {'title': 'AHIMA: Recertification',
                                           'url': 'https://www.ahima.org/certification/Recertification',
                                           'supports': "'The initial recertification cycle for newly "
                                                       'credentialed individuals ... is two years '
                                                       "beginning on the day the exam was passed.' 'If "
                                                       'you have more than one AHIMA credential, you '
                                                       'must earn ten (10) additional CEUs per '
                                                       'credential during your two-year '
                                                       'recertification cycle up to a maximum of (50) '
                                                       "CEUs.' CCA, CCS, CCS-P: 20; 'CCS and CCS-P | "
                                                       "30'. 'Eighty (80) percent of all CEUs must be "
                                                       "earned within the HIIM domain.' 'Beginning "
                                                       'January 1, 2025, forty-percent of the CEUs '
                                                       'needed in a 2-year recertification period must '
                                                       'come from AHIMA resources ... and/or the '
                                                       "Component Associations.' A 2019-2020 copy of "
                                                       'the page carries the table.'},
                 'domain-other-credentials': {'title': 'AAPC and AHIMA credential catalogues, as '
                                                       "summarised in the project's domain notes (no "
                                                       'single page retrieved)',
                                              'supports': 'AAPC issues CIC (inpatient facility: '
                                                          'ICD-10-PCS, MS-DRGs) and CPC-P (payer '
                                                          'perspective); AHIMA issues CCS-P '
                                                          '(physician-based) and CCA (entry level). '
                                                          "The notes were read from the bodies' "
                                                          'certification pages; the exact pages were '
                                                          'not kept.'},
                 'aapc-cic-older': {'title': 'AAPC: CIC certification (older page)',
                                    'url': 'https://www.aapc.com/certification/cic/',
                                    'supports': "The Certified Inpatient Coder exam: '60 multiple "
                                                'choice questions and 10 inpatient cases fill in the '
                                                "blank (proctored)', '5 hours and 40 minutes to finish "
                                                "the exam' (an older edition of the exam)."},
                 'aapc-specialty-credentials': {'title': 'AAPC: Resources and guidelines for CEU '
                                                         'approval',
                                                'url': 'https://www.aapc.com/ceuvendors/guidelines-for-ceu-approval.aspx',
                                                'supports': "'AAPC's 22 specialty credentials enable "
                                                            'coders to demonstrate superior levels of '
                                                            'expertise in their respective specialty '
                                                            "disciplines.'"},
                 'cgsc-third-party': {'title': 'MedicoExam: AAPC CGSC exam FAQs (third party)',
                                      'url': 'https://www.medicoexam.com/aapc/aapc-cgsc-exam-faqs-preparation-guide',
                                      'supports': "'The Certified General Surgery Coder (CGSC) is a "
                                                  'specialty medical coding certification from the '
                                                  "American Academy of Professional Coders.' A "
                                                  "third-party page, not AAPC's own."},
                 'ahima-ccs-older': {'title': 'AHIMA: CCS certification (older page, ICD-9 era)',
                                     'url': 'http://www.ahima.org/certification/ccs.aspx',
                                     'supports': "'CCS | 60 Questions | 6 Inpatient Cases ... 7 "
                                                 "Outpatient Cases'; 'The total testing time for the "
                                                 "CCS/CCS-P exam is four hours.' Passing score set by "
                                                 "a 'modified Angoff procedure'."},
                 'aapc-exam-faq': {'title': 'AAPC: Certification exam FAQ (later copies)',
                                   'url': 'https://www.aapc.com/certification/faq.aspx',
                                   'supports': 'Its list of the credentials a member may put on a '
                                               'business card: CPC, COC, CIC, CPC-P, CPB, CRC, CPMA, '
                                               "CPCO, CPPM, CDEO; the titles 'Certified Professional "
                                               "Compliance Officer', 'Certified Physician Practice "
                                               "Manager', 'Certified Documentation Expert-Outpatient' "
                                               "and 'Certified Professional Medical Auditor'; the "
                                               "specialty credential CASCC. An ICD-10-era copy: 'For "
                                               'CPC, COC (formerly CPC-H), CPC-P, and CPB ... '
                                               "ICD-10-CM'."},
                 'dummies-ceus': {'title': 'Dummies: Continuing education for medical coding and '
                                           'billing professionals (third party)',
                                  'url': 'http://www.dummies.com/careers/medical-careers/medical-billing-coding/continuing-education-for-medical-coding-and-billing-professionals/',
                                  'supports': "'The CIRCC (Certified Interventional Radiology "
                                              'Cardiovascular Coder), CPMA (Certified Professional '
                                              'Medical Auditor), and CPCO (Certified Professional '
                                              'Compliance Officer) certifications require that at '
                                              'least 24 of the CEUs in a two-year period be '
                                              "credential-specific.' A third-party page of the "
                                              "pre-ICD-10 era, not AAPC's own."},
                 'medicoexam-cemc': {'title': 'MedicoExam: AAPC CEMC exam page (third party; its '
                                              'address was not kept)',
                                     'supports': 'Names the CEMC (Certified Evaluation and Management '
                                                 'Coder) as an AAPC specialty credential. A '
                                                 "third-party page, not AAPC's own."},
                 'medicoexam-cpcd': {'title': 'MedicoExam: AAPC CPCD exam FAQs (third party)',
                                     'url': 'https://www.medicoexam.com/aapc/aapc-cpcd-exam-faqs-preparation-guide',
                                     'supports': "'Certified Professional Coder in Dermatology' "
                                                 '(CPCD), an AAPC specialty credential. A third-party '
                                                 "page, not AAPC's own."},
                 'medcodely-crhc': {'title': 'Medcodely: Certified Rheumatology Coder (CRHC) study '
                                             'guide (third party)',
                                    'url': 'https://medcodely.com/study-guides/certified-rheumatology-coder-crhc',
                                    'supports': "CRHC is the 'Certified Rheumatology Coder', an AAPC "
                                                'specialty credential (rheumatology, not rural '
                                                "health). A third-party page, not AAPC's own."},
                 'medcodely-specialties': {'title': 'Medcodely: study guides for AAPC credentials '
                                                    '(third party; the exact addresses were not kept)',
                                           'supports': "CHONC 'Certified Hematology and Oncology "
                                                       "Coder', CCVTC 'Certified Cardiovascular and "
                                                       "Thoracic Surgery Coder' and CDEI 'Certified "
                                                       "Documentation Expert Inpatient' as AAPC "
                                                       "credentials. Third-party pages, not AAPC's "
                                                       'own.'},
                 'domain-specialty-codes': {'title': 'AAPC specialty credential codes commonly listed, '
                                                     "as the project's domain notes record them (no "
                                                     'page found)',
                                            'supports': 'CCC, COBGC, COSC, CPEDC, CANPC, CEDC, CENTC, '
                                                        'CFPC, CGIC, CIMC, CPRC and CUC are commonly '
                                                        "listed among AAPC's specialty credentials; "
                                                        "none was found on a stored page, AAPC's or a "
                                                        "third party's, so each entry that cites this "
                                                        'is UNCONFIRMED.'},
                 'ahima-recertification-2019': {'title': 'AHIMA: Recertification (a 2019-2020 copy of '
                                                         'the page)',
                                                'url': 'https://www.ahima.org/certification/Recertification',
                                                'supports': "'CCA, CCS, CCS-P | 20 CEUs, including two "
                                                            "mandatory annual coding self-reviews**'; "
                                                            "'** Each mandatory annual coding "
                                                            'self-review is worth five (5) CEUs toward '
                                                            'the total CEU requirement of a coding '
                                                            "credential.'"},
                 'ahima-faq-recertification': {'title': "AHIMA: Recertification FAQs (AHIMA's test "
                                                        'site)',
                                               'url': 'http://cms-test.ahima.org/contact-us-faqs/faqs-recertification/',
                                               'supports': "'Effective January 1, 2021, AHIMA and the "
                                                           'Commission on Certification (CCHIIM) '
                                                           'discontinued the mandatory annual '
                                                           'self-review requirement for CCA, CCS, and '
                                                           'CCS-P. If you hold a single certification '
                                                           '(either CCA, CCS, or CCS-P), you will '
                                                           'still need to earn 20 CEUs per '
                                                           "recertification cycle.' 'After March 31, "
                                                           '2021, self-reviews will no longer be '
                                                           "available.' 'a baccalaureate or "
                                                           'higher-level HIM credential (RHIA) '
                                                           'replaces an associate-based HIM credential '
                                                           '(RHIT). Once granted, the '
                                                           'baccalaureate-based credential is '
                                                           'recognized and CEUs for this credential '
                                                           "need only be maintained.'"},
                 'nha-ce': {'title': 'NHA: Continuing education',
                            'url': 'https://www.nhanow.com/certification/Before-After-Certification/continuing-education',
                            'supports': "'10 CE credits are required every two years to keep your NHA "
                                        "certification current'; '2 hours of continuing education = 1 "
                                        "NHA continuing education credit'; 'NHA generally accepts CE "
                                        "from other sources'; 'Pharmacy technician continuing "
                                        'education requirements for certification (CPhT) renewal are '
                                        "different.'"},
                 'acdis-recertification': {'title': "ACDIS update: Don't forget to keep track of your "
                                                    'CEUs and recertification date',
                                           'url': 'https://acdis.org/articles/acdis-update-don%E2%80%99t-forget-keep-track-your-ceus-and-recertification-date',
                                           'supports': "'Individuals who hold the CCDS must apply for "
                                                       'recertification every two years. It is due on '
                                                       'the anniversary of the date on which they '
                                                       "passed the CCDS exam.' 'if you successfully "
                                                       'pass the CCDS exam date on October 1, 2022, '
                                                       "you must submit 30 CEUs by October 1, 2024.' "
                                                       "'Individuals may submit no more than 10 CEUs "
                                                       'for a single activity from another accredited '
                                                       'agency or organization such as AHIMA or '
                                                       "ANCC.'"},
                 'acdis-coordinator': {'title': "ACDIS: Note from the certification coordinator: let's "
                                                'talk about CCDS recertification',
                                       'url': 'https://acdis.static.hcprostage.com/articles/note-certification-coordinator-let%E2%80%99s-talk-about-ccds-recertification%E2%80%A6again',
                                       'supports': "'You must recertify every two years on the "
                                                   "anniversary of the day you took the exam.' 'You "
                                                   'may submit your recertification no more than 60 '
                                                   "days before your due date.' 'ACDIS dues and CCDS "
                                                   "certification are separate matters.'"},
                 'pahcom-cmm': {'title': 'PAHCOM: CMM recertification',
                                'url': 'http://www.pahcom.com/cmm/recertification.html',
                                'supports': "'Certified Professionals MUST recertify every two years.' "
                                            "'If you maintain continuous PAHCOM membership, you may "
                                            'recertify by submitting 24 Continuing Education Units in '
                                            "lieu of retaking the exam.' 'Obtain a minimum of 12 hours "
                                            'of PAHCOM Approved CEUs and 12 hours of PAHCOM Recognized '
                                            "CEUs every two years.' 'Extra CEUs (over and above the "
                                            "required 24) have no impact on recertification.'"},
                 'pahcom-hitcm': {'title': 'PAHCOM: HITCM-PP recertification',
                                  'url': 'https://www.pahcom.com/hitcm-pp/recertification.html',
                                  'supports': "'Your two year cycle remains the same regardless of how "
                                              'early you submit CEUs. If you are due for '
                                              'recertification in April 2012, submitting CEUs now will '
                                              'not change your cycle and your next recertification '
                                              "will be due April 2014.' 'Late recertifications will "
                                              'not be accepted and your credential will be '
                                              "decertified. Once decertified, you must re-test.'"}}}
