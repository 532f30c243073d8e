#include "sim/training/disposition_effects.h"

#include <algorithm>

namespace pujiang {

namespace {

struct Base {
    Outcome outcome;
    double timeFactor;    // of the model's consultation length
    double satisfaction;  // when the disposition is appropriate
};

// DOMAIN.md §6: consultation time by outcome on-spot 35, assigned 22, defined 20 against a mean
// of 25; satisfaction on-spot 0.95, assigned 0.85 on time and 0.6 late with 0.8 on time (0.80),
// defined 0.5. The legal channel is explained like a definition (0.8) and satisfies a little more
// than a refusal (0.6).
Base baseOf(Disposition d) {
    switch (d) {
    case Disposition::OnSpot: return {Outcome::OnSpot, 35.0 / 25.0, 0.95};
    case Disposition::Assign: return {Outcome::Assigned, 22.0 / 25.0, 0.85 * 0.8 + 0.6 * 0.2};
    case Disposition::Define: return {Outcome::Defined, 20.0 / 25.0, 0.5};
    case Disposition::LegalChannel: return {Outcome::ReferredLegal, 20.0 / 25.0, 0.6};
    case Disposition::ConsultFirst: break;
    }
    return {Outcome::Assigned, 22.0 / 25.0, 0.85 * 0.8 + 0.6 * 0.2};
}

}  // namespace

// After consulting, the leader follows the advice: the card's first acceptable disposition that is
// not itself a consultation, or assignment when the card accepts only consulting.
Disposition consultAdvice(const CaseCard& card) {
    for (const Disposition d : card.acceptable)
        if (d != Disposition::ConsultFirst) return d;
    return Disposition::Assign;
}

// A leader may not settle a matter before a court, nor hand it to a department (诉访分离), nor
// dispose of an accusation against an official at the table without an investigation.
bool lawfulDisposition(const CaseCard& card, Disposition d) {
    if (card.history == CaseHistory::InCourt && (d == Disposition::OnSpot || d == Disposition::Assign)) return false;
    if (card.legalClass == LegalClass::Accusation && d == Disposition::OnSpot) return false;
    return true;
}

Disposition dispositionOf(Outcome outcome) {
    switch (outcome) {
    case Outcome::OnSpot: return Disposition::OnSpot;
    case Outcome::Assigned: return Disposition::Assign;
    case Outcome::Defined: return Disposition::Define;
    case Outcome::ReferredLegal: return Disposition::LegalChannel;
    }
    return Disposition::Assign;
}

DispositionEffect dispositionEffect(const CaseCard& card, Disposition chosen, double modelMinutes) {
    DispositionEffect e;
    e.chosen = chosen;
    e.carriedOut = chosen == Disposition::ConsultFirst ? consultAdvice(card) : chosen;
    const Base base = baseOf(e.carriedOut);
    e.outcome = base.outcome;
    e.minutes = std::max(0.0, modelMinutes) * base.timeFactor + (chosen == Disposition::ConsultFirst ? kConsultMinutes : 0.0);
    e.appropriate = card.accepts(chosen);
    e.lawful = lawfulDisposition(card, e.carriedOut);
    // A wrong answer satisfies half as often, and an unsatisfied petitioner whose matter was
    // mishandled comes back far more often than one who was answered rightly but not liked.
    e.satisfaction = base.satisfaction * (e.appropriate ? 1.0 : 0.5);
    e.comeBack = (1.0 - e.satisfaction) * (e.appropriate ? 0.3 : 0.8);
    return e;
}

}  // namespace pujiang
