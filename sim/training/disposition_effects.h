#pragma once
// What the receiving leader's disposition of a featured case does: to the day (how the
// consultation ends and how long it takes) and to the petitioner (satisfied or not, coming back or
// not, lawfully handled or not). docs/training.md, "Consequences of a decision", gives every rule
// and number; the numbers are ASSUMPTIONs in the sense of ../shared/DOMAIN.md §6, taken from it
// where it has one.

#include "sim/reception/scenario_spec.h"
#include "sim/training/case_card.h"

namespace pujiang {

struct DispositionEffect {
    Disposition chosen = Disposition::OnSpot;
    // The disposition carried out: the chosen one, or after consult_first the card's advice.
    Disposition carriedOut = Disposition::OnSpot;
    Outcome outcome = Outcome::OnSpot;  // how the consultation ends in the day model
    double minutes = 0.0;               // the consultation's whole length
    bool appropriate = false;           // the card accepts the chosen disposition
    bool lawful = true;
    double satisfaction = 0.0;  // probability the petitioner leaves satisfied
    double comeBack = 0.0;      // probability the petitioner comes back about the same matter
};

// The consultation the model itself drew for the batch took `modelMinutes` (its length with every
// modifier of the room and the batch); the disposition scales it.
DispositionEffect dispositionEffect(const CaseCard& card, Disposition chosen, double modelMinutes);

// What consult_first carries out: the card's first acceptable disposition other than
// consult_first, or assign when there is none.
Disposition consultAdvice(const CaseCard& card);
// False when the disposition carried out breaks 诉访分离 (a matter before a court settled on the
// spot or assigned) or settles an accusation on the spot; docs/training.md, [training.effect].
bool lawfulDisposition(const CaseCard& card, Disposition carriedOut);
// The disposition a model outcome stands for, to judge a featured case nobody decided.
Disposition dispositionOf(Outcome outcome);

// The minutes a consult_first adds: the lawyer or the department head joins the table.
inline constexpr double kConsultMinutes = 15.0;

}  // namespace pujiang
