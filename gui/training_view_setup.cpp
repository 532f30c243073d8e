#include "gui/training_view_setup.h"

#include <fmt/format.h>

#include "sim/training/exercise_plan.h"

namespace pujiang::gui {

std::optional<std::string> setUpTrainingView(GuiApp& app, View view, const TrainingViewRequest& request) {
    TrainingSession& training = app.training();
    training.setDebriefDays(request.debriefDays);
    if (view == View::Class) {
        app.showView(View::Class);
        if (!request.classDb.empty() && !app.classView().open(request.classDb))
            return fmt::format("--class-db {}: not a class-records file this program reads", request.classDb);
        return std::nullopt;
    }
    if (!app.openTraining()) return app.loadError();
    app.showView(view);
    std::optional<std::size_t> index;
    if (!request.trainee.empty()) {
        if (request.classDb.empty()) return std::string("--trainee needs --class-db, the class-records file of the class");
        try {
            training.takeClassSeat(findClassSeat(request.classDb, request.classId, request.trainee));
        } catch (const std::exception& error) {
            return std::string(error.what());
        }
        index = training.exerciseIndex();
    }
    if (view == View::Exercises) return std::nullopt;
    if (!index) index = request.exercise.empty() ? std::optional<std::size_t>(0) : training.findExercise(request.exercise);
    if (!index && std::filesystem::is_regular_file(request.exercise)) {
        // An exercise file outside the shipped folder joins the list for this run.
        auto catalog = std::make_shared<TrainingCatalog>(training.catalog());
        catalog->exercises.push_back(loadExerciseFile(request.exercise, catalog->cards));
        training.setCatalog(catalog);
        index = catalog->exercises.size() - 1;
    }
    if (!index || training.catalog().exercises.empty()) {
        std::string ids;
        for (const Exercise& e : training.catalog().exercises) ids += (ids.empty() ? "" : ", ") + e.id;
        return fmt::format("--exercise {}: no such exercise or file; shipped: {}", request.exercise, ids);
    }
    training.choose(*index);
    if (view == View::Case) {
        training.start();
        if (!training.runToNextCase())
            return fmt::format("--view case: exercise {} features no case", training.exercise().id);
    }
    if (view == View::Debrief) {
        const Exercise& e = training.exercise();
        const std::uint64_t seed = e.seedFor(1);
        const PlayedDay played = playPlan(e, training.catalog().cards, seed, referencePlan(e));
        training.debriefLog(*index, decisionLogOf(e, seed, played), request.debriefDays);
    }
    return std::nullopt;
}

}  // namespace pujiang::gui
