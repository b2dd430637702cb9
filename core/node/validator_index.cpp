// The validator's view of the per-patient index: ledger::PatientIndex behind MirrorIndex.
#include "ledger/patient_index.h"
#include "node/validator.h"

namespace careledger::node {

namespace {

class PatientIndexMirror final : public MirrorIndex {
public:
    PatientIndexMirror() = default;
    explicit PatientIndexMirror(ledger::PatientIndex index) : index_(std::move(index)) {}

    // A copy shares the list file, so a clone per checkpoint costs O(tags), not O(log).
    [[nodiscard]] std::unique_ptr<MirrorIndex> clone() const override {
        return std::make_unique<PatientIndexMirror>(index_);
    }

    // The lists go to <data>/index-lists, rebuilt by the replay that follows.
    Status open_storage(const std::filesystem::path& data_dir) override {
        if (index_.size() != 0 || index_.tag_count() != 0)
            return make_error("index.out_of_order", "the index already holds entries");
        CL_ASSIGN_OR_RETURN(index_, ledger::PatientIndex::with_list_file(data_dir / "index-lists"));
        return {};
    }

    Status add(std::uint64_t first_index, std::span<const ledger::SignedEntry> entries,
               std::span<const crypto::Hash32> leaf_hashes) override {
        if (entries.size() != leaf_hashes.size())
            return make_error("index.out_of_order", "entries and leaf hashes differ in number");
        for (std::size_t i = 0; i < entries.size(); ++i)
            CL_TRY(index_.add(entries[i], leaf_hashes[i], first_index + i));
        return {};
    }

    [[nodiscard]] std::vector<std::string> checkpoint_extensions() const override {
        // root() rehashes the paths add() dirtied; the cache is not part of the index's value.
        return {ledger::format_index_extension(index_.root())};
    }

private:
    mutable ledger::PatientIndex index_;
};

} // namespace

std::unique_ptr<MirrorIndex> make_patient_index_mirror() {
    return std::make_unique<PatientIndexMirror>();
}

} // namespace careledger::node
