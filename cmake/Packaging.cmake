# Installation layout and CPack packages (docs/packaging.md): careledger (desktop app and CLI),
# careledgerd (node), and a tarball of both. Configure with -DCMAKE_INSTALL_PREFIX=/usr for
# packages; packaging/build-packages.sh does.
include(GNUInstallDirs)

set(_pkg ${CMAKE_SOURCE_DIR}/packaging)
set(_res ${CMAKE_SOURCE_DIR}/resources)
set(_gen ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${_gen})

# Debian installs man pages and changelogs gzip-compressed; -n keeps the archive free of the
# file name and time, so the output depends on the content only.
set(_gz_outputs)
function(careledger_gzip src dest)
  add_custom_command(OUTPUT ${dest} COMMAND sh -c "gzip -n -9 -c \"$1\" > \"$2\"" gzip ${src} ${dest} DEPENDS ${src}
                     VERBATIM)
  set(_gz_outputs ${_gz_outputs} ${dest} PARENT_SCOPE)
endfunction()
foreach(_page careledger.1 careledger-cli.1 careledgerd.8)
  careledger_gzip(${_pkg}/man/${_page} ${_gen}/${_page}.gz)
endforeach()

# ---- careledger: the wallet (GUI + CLI) ---------------------------------------------------------
install(TARGETS careledger-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT careledger)
install(FILES ${_gen}/careledger-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT careledger)
if(TARGET careledger)
  install(TARGETS careledger RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT careledger)
  install(FILES ${_gen}/careledger.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
          COMPONENT careledger)
  install(FILES ${_res}/org.careledger.CareLedger.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT careledger)
  install(FILES ${_res}/org.careledger.CareLedger.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT careledger)
  install(DIRECTORY ${_res}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
          COMPONENT careledger)
endif()

# ---- careledgerd: the node ----------------------------------------------------------------------
if(TARGET careledgerd)
  install(TARGETS careledgerd RUNTIME DESTINATION ${CMAKE_INSTALL_SBINDIR} COMPONENT careledgerd)
  install(FILES ${_gen}/careledgerd.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8
          COMPONENT careledgerd)
  # Debian's GNUInstallDirs maps SYSCONFDIR to /etc for the /usr prefix; the unit goes where
  # systemd looks for packaged units.
  install(FILES ${_pkg}/careledgerd.conf DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/careledger
          COMPONENT careledgerd) # 0644 here; postinst narrows it to root:careledger 0640
  install(FILES ${_pkg}/systemd/careledgerd.service DESTINATION lib/systemd/system
          COMPONENT careledgerd)
endif()

# Debian wants compressed man pages and a copyright file per package.
foreach(_component careledger careledgerd)
  install(FILES ${_pkg}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${_component}
          COMPONENT ${_component})
  # A native package (no Debian revision) ships its changelog as changelog.gz.
  install(FILES ${_gen}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${_component} COMPONENT ${_component})
endforeach()

# ---- CPack --------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME careledger)
set(CPACK_PACKAGE_VENDOR "CareLedger")
set(CPACK_PACKAGE_CONTACT "CareLedger maintainers <maintainers@careledger.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# CPackDeb prepends CPACK_PACKAGE_DESCRIPTION_SUMMARY to each package's description unless it is
# CPack's default; left at the default, the first line of each CPACK_DEBIAN_<X>_DESCRIPTION below
# is that package's own synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_COMPONENTS_ALL careledger)
if(TARGET careledgerd)
  list(APPEND CPACK_COMPONENTS_ALL careledgerd)
endif()

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_CARELEDGER_PACKAGE_NAME careledger)
set(CPACK_DEBIAN_CARELEDGER_PACKAGE_SECTION utils)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins, Qt's own
# translations, and the SVG icon engine for the window icon. The camera needs a GStreamer source.
set(CPACK_DEBIAN_CARELEDGER_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n, libqt6svg6")
set(CPACK_DEBIAN_CARELEDGER_PACKAGE_RECOMMENDS "gstreamer1.0-plugins-good")
# The first line is the synopsis; the rest, wrapped below 80 columns, the extended description.
set(CPACK_DEBIAN_CARELEDGER_DESCRIPTION
    "patient-controlled health-consent wallet (desktop app and CLI)
CareLedger keeps a patient's keys in an encrypted vault, grants and revokes
access to health records as signed entries on a transparency ledger, shows
a verified audit log of every read, and issues emergency QR tokens that
clinicians verify offline.
.
This package has the desktop app (careledger) and the careledger-cli command.")

set(CPACK_DEBIAN_CARELEDGERD_PACKAGE_NAME careledgerd)
set(CPACK_DEBIAN_CARELEDGERD_PACKAGE_SECTION net)
set(CPACK_DEBIAN_CARELEDGERD_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_CARELEDGERD_DESCRIPTION
    "CareLedger consent ledger node (sequencer and validator)
careledgerd runs a node of a CareLedger consent ledger: a sequencer that
validates and sequences signed consent entries into a C2SP transparency log,
and/or a validator that mirrors the log, re-validates every entry and cosigns
the checkpoints it verified.")
set(CPACK_DEBIAN_CARELEDGERD_PACKAGE_CONTROL_EXTRA
    ${_pkg}/debian/careledgerd/conffiles ${_pkg}/debian/careledgerd/postinst
    ${_pkg}/debian/careledgerd/prerm ${_pkg}/debian/careledgerd/postrm)
set(CPACK_DEBIAN_CARELEDGERD_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# The tarball holds everything in one tree for other distributions.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# Debian changelog (required by lintian), dated by SOURCE_DATE_EPOCH (string(TIMESTAMP) honours it).
string(TIMESTAMP CARELEDGER_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${_pkg}/debian/changelog.in ${_gen}/changelog @ONLY)
careledger_gzip(${_gen}/changelog ${_gen}/changelog.gz)
add_custom_target(careledger_package_files ALL DEPENDS ${_gz_outputs})

include(CPack)
